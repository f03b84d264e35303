/**
 * A rule's French messages are UI text: they follow French typography (a no-break space before
 * `:` `;` `!` `?` and inside « »), as the server's own messages do (test/lsp/messages.test.ts).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { defaultPack } from '../../rules/pack/index';
import { frenchTypographyProblems } from './french-typography';

/** Registers a test that every French message of the default pack's rule `ruleId` follows French typography. */
export function frenchMessagesTest(ruleId: string): void {
  test(`${ruleId}: its French messages follow French typography`, () => {
    const spec = defaultPack().specs.find((s) => s.meta.id === ruleId);
    const messages = spec?.data.fr?.messages;
    assert.ok(messages, `${ruleId} has no French messages`);
    for (const [id, text] of Object.entries(messages)) assert.deepEqual(frenchTypographyProblems(text), [], id);
  });
}
