/**
 * The Guidelint VS Code client: starts the bundled language server and registers the
 * commands, the status bar item and the guidelines view. It never lints: the server does.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { fixAll } from './commands/fix-all';
import { restartServer } from './commands/restart-server';
import { showGuidelines } from './commands/show-guidelines';
import { createLanguageClient } from './language-client';
import { FindingsStatusBar } from './status-bar';
import { GuidelinesPanel, type GuidelinesViewState } from './view/guidelines-panel';

/** What the extension exports to other extensions and to its integration tests. */
export interface GuidelintApi {
  /** The running language client. */
  client: LanguageClient;
  /** The guidelines view's last model and what its page reported rendering, if it is open. */
  guidelinesView(): GuidelinesViewState | undefined;
}

let client: LanguageClient | undefined;

/** Called by VS Code on the first Markdown or plain-text document (package.json activationEvents). */
export async function activate(context: vscode.ExtensionContext): Promise<GuidelintApi> {
  const output = vscode.window.createOutputChannel('Guidelint', { log: true });
  const languageClient = createLanguageClient(context, output);
  client = languageClient;
  const panel = new GuidelinesPanel(context.extensionUri, languageClient, output);
  const statusBar = new FindingsStatusBar();

  context.subscriptions.push(
    output,
    panel,
    statusBar,
    vscode.commands.registerCommand('guidelint.showGuidelines', () => showGuidelines(panel)),
    vscode.commands.registerCommand('guidelint.fixAll', () => fixAll(output)),
    vscode.commands.registerCommand('guidelint.restartServer', () => restartServer(languageClient, output)),
  );

  await languageClient.start();
  output.info(vscode.l10n.t('Guidelint {0} started the language server.', String(context.extension.packageJSON.version)));
  return { client: languageClient, guidelinesView: () => panel.state() };
}

/** Stops the server so that its process never outlives the extension host. */
export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
