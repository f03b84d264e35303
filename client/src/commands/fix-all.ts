import * as vscode from 'vscode';
import { isLinted } from '../language-client';

/** The server's fix-all code action kind (server/src/lsp/code-actions.ts). */
const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('guidelint');

/**
 * `guidelint.fixAll`: applies the server's `source.fixAll.guidelint` action to the active
 * document, i.e. every safe fix that does not overlap another. Returns whether it changed
 * the document, so that tests and keybinding users can tell.
 */
export async function fixAll(output: vscode.LogOutputChannel): Promise<boolean> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !isLinted(editor.document)) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Guidelint: open a Markdown or plain-text post to fix it.'));
    return false;
  }
  const document = editor.document;
  const whole = new vscode.Range(new vscode.Position(0, 0), document.lineAt(document.lineCount - 1).range.end);
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
    'vscode.executeCodeActionProvider', document.uri, whole, FIX_ALL_KIND.value, 1,
  );
  const action = actions?.find((candidate) => candidate.kind && FIX_ALL_KIND.contains(candidate.kind));
  if (!action?.edit) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Guidelint: nothing to fix automatically.'));
    return false;
  }
  const applied = await vscode.workspace.applyEdit(action.edit);
  if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
  const uri = document.uri.toString();
  output.info(applied ? vscode.l10n.t('Fix all on {0}: applied.', uri) : vscode.l10n.t('Fix all on {0}: refused (the document changed meanwhile).', uri));
  return applied;
}
