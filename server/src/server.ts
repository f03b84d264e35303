/**
 * guidelint-ls: the Guidelint language server. Wiring only: one line per LSP method, each
 * delegating to a module of server/src/lsp/. The transport comes from argv:
 * `--stdio` (Neovim, Helix, Emacs …) or `--node-ipc` (VS Code's TransportKind.ipc).
 */
import {
  CodeActionKind, createConnection, DidChangeConfigurationNotification, DidChangeWatchedFilesNotification,
  ProposedFeatures, TextDocuments, TextDocumentSyncKind, type InitializeParams, type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { inspect } from 'node:util';
import { Worker } from 'node:worker_threads';
import { FIX_ALL_KIND } from './lsp/code-actions';
import { ConfigStore } from './lsp/config-store';
import { OpenDocuments } from './lsp/documents';
import { RELEVANT_GUIDELINES_COMMAND, RELEVANT_GUIDELINES_METHOD } from './lsp/relevant-guidelines';
import { RequestHandlers } from './lsp/requests';
import type { StdinEvent } from './lsp/stdin-reader';
import { warmUp } from './lsp/warm-up';

declare const GUIDELINT_VERSION: string | undefined;

/**
 * With `--stdio`, the connection reads what lsp/stdin-reader.ts passes on: that thread reads
 * fd 0, skips malformed framing (which stops the library's own reader for good) and ends the
 * process soon after the client closes the input, even during a long lint. The frames go to the
 * library's own reader, and the library's own handling of the input's end (exit 0 after
 * `shutdown`, else 1), of `exit` and of `--clientProcessId` / `processId` apply as they are.
 * Other transports (VS Code's `--node-ipc`) are the library's alone.
 */
function stdioConnection(script: string) {
  const input = new PassThrough();
  const connection = createConnection(ProposedFeatures.all, input, process.stdout);
  const reader = new Worker(script);
  reader.on('message', (event: StdinEvent) => {
    if (event.type === 'message') {
      input.write(`Content-Length: ${event.body.byteLength}\r\n\r\n`);
      input.write(event.body);
    } else if (event.type === 'skipped') {
      connection.console.error(`Guidelint: skipped ${event.bytes} bytes of malformed input (${JSON.stringify(event.sample)})`);
    } else input.end();
  });
  // A reader that cannot read leaves nothing to serve: the input ends and the library exits.
  reader.on('error', (error) => (process.stderr.write(`Guidelint: cannot read stdin: ${error.message}\n`), input.end()));
  // A client that closed our output is gone: end the input (the library exits) rather than
  // crash on the next write with "Connection is closed" and a stack trace.
  process.stdout.on('error', () => input.destroy());
  // The library sends console output to the client's log only when it opens stdio itself;
  // here stray console output goes to stderr, never into the protocol on stdout.
  console.log = console.info = console.warn = console.error = console.debug = (...args: unknown[]) =>
    void process.stderr.write(`${args.map((a) => (typeof a === 'string' ? a : inspect(a))).join(' ')}\n`);
  return connection;
}

const READER = join(__dirname, 'stdin-reader.js');
const connection = process.argv.includes('--stdio') && existsSync(READER) ? stdioConnection(READER) : createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const config = new ConfigStore(connection);
const openDocuments = new OpenDocuments(connection, documents, config);
const handlers = new RequestHandlers(documents, openDocuments, config);
let dynamic = { configuration: false, watchedFiles: false };

connection.onInitialize((params: InitializeParams): InitializeResult => {
  config.initialize(params);
  // Compile the default pack while the client sends `initialized` and opens its documents;
  // the timer lets the initialize response reach the client first.
  setTimeout(warmUp, 10);
  const workspace = params.capabilities.workspace;
  handlers.documentChanges = workspace?.workspaceEdit?.documentChanges === true;
  dynamic = {
    configuration: workspace?.didChangeConfiguration?.dynamicRegistration === true,
    watchedFiles: workspace?.didChangeWatchedFiles?.dynamicRegistration === true,
  };
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
      hoverProvider: true,
      executeCommandProvider: { commands: [RELEVANT_GUIDELINES_COMMAND] },
    },
    serverInfo: { name: 'guidelint-ls', version: typeof GUIDELINT_VERSION === 'string' ? GUIDELINT_VERSION : 'dev' },
  };
});

connection.onInitialized(async () => {
  if (dynamic.configuration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'guidelint' });
  if (dynamic.watchedFiles) void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/.guidelint.{yml,yaml,json}' }, { globPattern: '**/*.{yml,yaml}' }] });
  await config.reload();
  openDocuments.relintAll();
});

connection.onDidChangeConfiguration(async (params) => (await config.reload(params.settings), openDocuments.relintAll()));
connection.onDidChangeWatchedFiles(async (params) => {
  if (params.changes.some((change) => config.isConfigFile(change.uri))) (await config.reload(), openDocuments.relintAll());
});
documents.onDidChangeContent((event) => openDocuments.onDidChangeContent(event.document));
documents.onDidClose((event) => openDocuments.onDidClose(event.document));
connection.onCodeAction((params) => handlers.codeAction(params));
connection.onHover((params) => handlers.hover(params));
connection.onRequest(RELEVANT_GUIDELINES_METHOD, (params: unknown) => handlers.relevantGuidelines(params));
connection.onExecuteCommand((params) => handlers.executeCommand(params));
connection.onShutdown(() => openDocuments.dispose());

documents.listen(connection);
connection.listen();
