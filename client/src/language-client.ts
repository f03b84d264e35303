import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

/** The documents Guidelint lints: Markdown and plain text, saved or untitled. */
export const DOCUMENT_SELECTOR: { scheme: string; language: string }[] = ['markdown', 'plaintext'].flatMap((language) =>
  ['file', 'untitled'].map((scheme) => ({ scheme, language })));

/** Whether Guidelint lints `document`. */
export function isLinted(document: vscode.TextDocument): boolean {
  return vscode.languages.match(DOCUMENT_SELECTOR, document) > 0;
}

/**
 * A client for the server bundled at server/out/server.js, over node IPC. The id `guidelint`
 * makes vscode-languageclient read the `guidelint.trace.server` setting. The server registers
 * for configuration and `.guidelint.yml` changes itself (dynamic registration), so no
 * `synchronize` options are needed here.
 */
export function createLanguageClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): LanguageClient {
  const module = context.asAbsolutePath('server/out/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_SELECTOR,
    outputChannel: output,
  };
  return new LanguageClient('guidelint', 'Guidelint', serverOptions, clientOptions);
}
