import * as vscode from 'vscode';
import { isLinted } from './language-client';
import { isSingular } from './locale';

/**
 * A status bar item with the number of Guidelint findings in the active post; clicking it
 * opens the guidelines view. Counted from the diagnostics the server published (source
 * `guidelint`), so it needs no request of its own.
 */
export class FindingsStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('guidelint.findings', vscode.StatusBarAlignment.Right, 100);
  private readonly listeners: vscode.Disposable[];

  constructor() {
    this.item.name = vscode.l10n.t('Guidelint findings');
    this.item.command = 'guidelint.showGuidelines';
    this.listeners = [
      vscode.window.onDidChangeActiveTextEditor(() => this.refresh()),
      vscode.languages.onDidChangeDiagnostics((event) => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (event.uris.some((uri) => uri.toString() === active)) this.refresh();
      }),
    ];
    this.refresh();
  }

  /** The number shown, for tests: undefined while the item is hidden. */
  count(): number | undefined {
    const document = vscode.window.activeTextEditor?.document;
    return document && isLinted(document) ? countFindings(document.uri) : undefined;
  }

  dispose(): void {
    this.item.dispose();
    for (const listener of this.listeners) listener.dispose();
  }

  private refresh(): void {
    const count = this.count();
    if (count === undefined) {
      // Keep showing the last count when focus moves to the guidelines view or a panel.
      if (vscode.window.activeTextEditor) this.item.hide();
      return;
    }
    this.item.text = count === 0 ? '$(check) Guidelint' : `$(checklist) ${count}`;
    const one = isSingular(count);
    this.item.tooltip = one
      ? vscode.l10n.t('Guidelint: {0} finding in this post. Click to show the relevant guidelines.', count)
      : vscode.l10n.t('Guidelint: {0} findings in this post. Click to show the relevant guidelines.', count);
    this.item.accessibilityInformation = { label: one ? vscode.l10n.t('Guidelint: {0} finding', count) : vscode.l10n.t('Guidelint: {0} findings', count) };
    this.item.show();
  }
}

function countFindings(uri: vscode.Uri): number {
  return vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === 'guidelint').length;
}
