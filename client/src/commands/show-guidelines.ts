import * as vscode from 'vscode';
import { isLinted } from '../language-client';
import type { GuidelinesPanel } from '../view/guidelines-panel';
import type { GuidelinesModel } from '../view/model';

/**
 * `guidelint.showGuidelines`: opens the guidelines view beside the active post and
 * returns the model it sent to the view. The return value is what the
 * integration tests check; command palette users never see it.
 */
export async function showGuidelines(panel: GuidelinesPanel): Promise<GuidelinesModel | undefined> {
  const editor = vscode.window.activeTextEditor ?? panel.lastEditor();
  if (!editor || !isLinted(editor.document)) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Guidelint: open a Markdown or plain-text post to see the guidelines it touches.'));
    return undefined;
  }
  return panel.show(editor);
}
