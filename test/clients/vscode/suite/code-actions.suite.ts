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

    it('Fix All applies the safe fixes only, in an untitled Markdown document', async () => {
      await guidelint();
      const content = 'What a result!!! Write to jane.doe@example.org for the data.\n';
      const document = await vscode.workspace.openTextDocument({ language: 'markdown', content });
      await vscode.window.showTextDocument(document);
      await waitForDiagnostics(document.uri, () => diagnosticsOf(document.uri, ['exclamation-run', 'email-address']).length === 2);
      assert.equal(await vscode.commands.executeCommand<boolean>('guidelint.fixAll'), true);
      // exclamation-run's fix is `safe`; redacting the address is only a suggestion.
      assert.equal(document.getText(), content.replace('!!!', '!'));
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    });

    it('Restart Server restarts it, and it lints again', async () => {
      const api = await guidelint();
      const { document } = await openPost('sample.md');
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
