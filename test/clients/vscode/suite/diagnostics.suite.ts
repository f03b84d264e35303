import * as assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import * as vscode from 'vscode';
import { diagnosticsOf, guidelint, openPost, rangeOf, waitForDiagnostics } from './helpers';

const CODES = ['email-address', 'assistant-leftover'];

/** Squiggles in Markdown and plain text: exact codes, ranges and severities for the rules this suite knows. */
export function diagnosticsSuite(): void {
  describe('Diagnostics', () => {
    for (const [name, languageId] of [['sample.md', 'markdown'], ['sample.txt', 'plaintext']] as const) {
      it(`reports the e-mail address and the assistant leftover in ${name} (${languageId})`, async () => {
        await guidelint();
        const { document } = await openPost(name);
        assert.equal(document.languageId, languageId);
        await waitForDiagnostics(document.uri, () => diagnosticsOf(document.uri, CODES).length === CODES.length);

        const [email] = diagnosticsOf(document.uri, ['email-address']);
        assert.ok(email);
        assert.ok(email.range.isEqual(rangeOf(document, 'jane.doe@example.org')), `email range ${JSON.stringify(email.range)}`);
        assert.equal(email.severity, vscode.DiagnosticSeverity.Warning);
        assert.match(email.message, /`jane\.doe@example\.org`/);
        assert.ok(typeof email.code === 'object' && email.code.target.toString().length > 0, 'the code links to the rule docs');

        const [leftover] = diagnosticsOf(document.uri, ['assistant-leftover']);
        assert.ok(leftover);
        assert.ok(leftover.range.isEqual(rangeOf(document, 'As an AI language model')), `leftover range ${JSON.stringify(leftover.range)}`);
        assert.equal(leftover.severity, vscode.DiagnosticSeverity.Warning);
      });
    }
  });
}
