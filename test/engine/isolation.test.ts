/**
 * Failure isolation in the engine (issue 12, item 3): a block whose parse throws is reported
 * as unchecked and the rest of the document is linted; a rule's malformed report is that
 * rule's error, not the document's.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { defaultPack } from '../../rules/pack/index';
import { analyse } from '../../server/src/engine/analysis';
import { DocumentLinter } from '../../server/src/engine/index';
import type { Rule } from '../../server/src/engine/rule';

const pack = defaultPack();

/** The engine's parser, except on a block that says BOOM. */
const fragileParse: typeof analyse = (text, offset, language) => {
  if (text.includes('BOOM')) throw new RangeError('Maximum call stack size exceeded');
  return analyse(text, offset, language);
};

test('a block whose parse throws is unchecked; the blocks around it and the document rules are checked', () => {
  const text = '# Notes\n\nMail jane@example.org today.\n\nBOOM goes the parser, bob@example.org.\n\nCall +41 22 767 12 34 or eve@example.org.\n';
  const linter = new DocumentLinter({ pack, format: 'markdown', parseBlock: fragileParse });
  const outcome = linter.check(text);
  const boom = text.indexOf('BOOM');
  assert.deepEqual(outcome.unchecked, [{ start: boom, end: text.indexOf('\n', boom), reason: 'RangeError: Maximum call stack size exceeded' }]);
  assert.deepEqual(outcome.findings.filter((f) => f.ruleId === 'email-address').map((f) => f.actual), ['jane@example.org', 'eve@example.org']);
  assert.ok(outcome.findings.some((f) => f.ruleId === 'phone-number'));
  // The next version parses the block again: once it no longer fails, it is checked.
  const fixed = text.replace('BOOM', 'Boom');
  const again = linter.check(fixed);
  assert.deepEqual(again.unchecked, []);
  assert.deepEqual(again.findings.filter((f) => f.ruleId === 'email-address').map((f) => f.actual), ['jane@example.org', 'bob@example.org', 'eve@example.org']);
});

test('an unchecked block in plain text, and none when nothing fails', () => {
  const text = 'First paragraph, jane@example.org.\n\nBOOM\n';
  const outcome = new DocumentLinter({ pack, format: 'text', parseBlock: fragileParse }).check(text);
  assert.deepEqual(outcome.unchecked.map((u) => text.slice(u.start, u.end)), ['BOOM']);
  assert.deepEqual(new DocumentLinter({ pack, format: 'text' }).check(text).unchecked, []);
});

test('a report without a message is its rule\'s error; the other rules still report', () => {
  const sloppy: Rule = {
    meta: { id: 'sloppy', guideline: 'privacy', description: 'A rule with a bug.', severity: 'warning', languages: ['en'], fix: 'none' },
    checkBlock: ({ block }) => [{ start: block.start, end: block.start + 1, message: undefined as never }],
  };
  const errors: string[] = [];
  const outcome = new DocumentLinter({ pack: { ...pack, rules: [sloppy, ...pack.rules] }, format: 'text', onRuleError: (id, e) => errors.push(`${id}: ${(e as Error).name}`) })
    .check('Mail jane@example.org today.\n');
  assert.deepEqual(errors, ['sloppy: TypeError']);
  assert.deepEqual(outcome.findings.map((f) => f.ruleId), ['email-address']);
});
