import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

/** `guidelint.restartServer`: stops and starts the language server, e.g. after a rule pack update. */
export async function restartServer(client: LanguageClient, output: vscode.LogOutputChannel): Promise<void> {
  output.info(vscode.l10n.t('Restarting the language server.'));
  await client.restart();
  output.info(vscode.l10n.t('The language server restarted.'));
}
