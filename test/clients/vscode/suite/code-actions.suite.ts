import * as assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import * as vscode from 'vscode';
import { codeActionsAt, diagnosticsOf, guidelint, openPost, rangeOf, waitForDiagnostics } from './helpers';

/** Quick fixes through VS Code's own code action API, and the Fix All and Restart Server commands. */
export function codeActionsSuite(): void {
  describe('Code actions and commands', () => {
    it('applies the preferred quick fix of the e-mail address and changes only its range', async () => {
      await guidelint();
      const { document } = await openPost('sample.md');
      await waitForDiagnostics(document.uri, () => diagnosticsOf(document.uri, ['email-address']).length === 1);
      const before = document.getText();
      const range = rangeOf(document, 'jane.doe@example.org');
      const actions = await codeActionsAt(document.uri, range, (all) => all.some(isEmailFix));
      const fix = actions.find(isEmailFix);
      assert.ok(fix?.edit, `a fix among ${actions.map((a) => a.title).join(', ')}`);
      assert.equal(fix.isPreferred, true);
      assert.ok(await vscode.workspace.applyEdit(fix.edit));
      assert.equal(document.getText(), before.replace('jane.doe@example.org', '[redacted]'));
      await waitForDiagnostics(document.uri, () => diagnosticsOf(document.uri, ['email-address']).length === 0);
    });

    it('offers "Ignore assistant-leftover on this line", which silences it', async () => {
      const { document } = await openPost('sample.txt');
      await waitForDiagnostics(document.uri, () => diagnosticsOf(document.uri, ['assistant-leftover']).length === 1);
      const range = rangeOf(document, 'As an AI language model');
      const actions = await codeActionsAt(document.uri, range, (all) => all.some((a) => a.title === 'Ignore assistant-leftover on this line'));
      const ignore = actions.find((a) => a.title === 'Ignore assistant-leftover on this line');
      assert.ok(ignore?.edit);
      assert.ok(await vscode.workspace.applyEdit(ignore.edit));
      assert.equal(document.lineAt(range.start.line).text, 'guidelint-disable-next-line assistant-leftover');
      await waitForDiagnostics(document.uri, () => diagnosticsOf(document.uri, ['assistant-leftover']).length === 0);
    });

    it('runs Fix All and Restart Server, after which the server lints again', async () => {
      const api = await guidelint();
      const { document } = await openPost('sample.md');
      const applied = await vscode.commands.executeCommand<boolean>('guidelint.fixAll');
      assert.equal(typeof applied, 'boolean');
      await vscode.commands.executeCommand('guidelint.restartServer');
      assert.ok(api.client.isRunning());
      await waitForDiagnostics(document.uri, (all) => all.length > 0);
    });
  });
}

/**
 * The server's fix for the e-mail address, asked for at its range. VS Code's
 * executeCodeActionProvider does not return the actions' diagnostics, so the title decides.
 */
function isEmailFix(action: vscode.CodeAction): boolean {
  return action.kind !== undefined && vscode.CodeActionKind.QuickFix.contains(action.kind) && action.title === 'Redact';
}
