/**
 * guidelint-ls: the Guidelint language server. Wiring only: one line per LSP method, each
 * delegating to a module of server/src/lsp/. The transport comes from argv:
 * `--stdio` (Neovim, Helix, Emacs …) or `--node-ipc` (VS Code's TransportKind.ipc).
 */
import {
  CodeActionKind, createConnection, DidChangeConfigurationNotification, DidChangeWatchedFilesNotification,
  ProposedFeatures, TextDocuments, TextDocumentSyncKind, type InitializeParams, type InitializeResult,
} from 'vscode-languageserver/node';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { FIX_ALL_KIND } from './lsp/code-actions';
import { ConfigStore } from './lsp/config-store';
import { OpenDocuments } from './lsp/documents';
import { RELEVANT_GUIDELINES_COMMAND, RELEVANT_GUIDELINES_METHOD } from './lsp/relevant-guidelines';
import { RequestHandlers } from './lsp/requests';
import { serverAction } from './lsp/server-args';
import { stdioConnection } from './lsp/stdio-connection';
import { validatedDocuments } from './lsp/validated-documents';
import { warmUp } from './lsp/warm-up';
import { INTERNAL_STATS_METHOD, type InternalStats } from './lsp/internal-stats';

declare const GUIDELINT_VERSION: string | undefined;

const action = serverAction(process.argv.slice(2), typeof GUIDELINT_VERSION === 'string' ? GUIDELINT_VERSION : 'dev');
if (!action.serve) {
  process[action.out].write(action.text);
  process.exit(action.code);
}

// With `--stdio`, lsp/stdio-connection.ts reads the input on a thread of its own; other
// transports (VS Code's `--node-ipc`) are the library's alone.
const READER = join(__dirname, 'stdin-reader.js');
const connection = process.argv.includes('--stdio') && existsSync(READER) ? stdioConnection(READER) : createConnection(ProposedFeatures.all);
// Changes are validated before they are applied (validated-documents.ts); a refused one puts the document out of sync.
const sync = validatedDocuments({ onDesync: (uri, reason) => openDocuments.onDesync(uri, reason), onResync: () => {} });
const documents = new TextDocuments(sync);
const config = new ConfigStore(connection);
const openDocuments = new OpenDocuments(connection, documents, config, sync.isOutOfSync);
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
documents.onDidClose((event) => (sync.forget(event.document.uri), openDocuments.onDidClose(event.document)));
connection.onCodeAction((params) => handlers.codeAction(params));
connection.onHover((params) => handlers.hover(params));
connection.onRequest(RELEVANT_GUIDELINES_METHOD, (params: unknown) => handlers.relevantGuidelines(params));
connection.onExecuteCommand((params) => handlers.executeCommand(params));
connection.onShutdown(() => openDocuments.dispose());
// Tests and the bench's soak only: what the server keeps per document, and its memory after a compaction.
if (process.env.GUIDELINT_TEST_HOOKS === '1') {
  connection.onRequest(INTERNAL_STATS_METHOD, (params: { compact?: boolean } | undefined) => internalStats(params?.compact === true));
}

async function internalStats(compact: boolean): Promise<InternalStats> {
  if (compact) {
    openDocuments.memory.compact();
    // V8 returns the freed pages from a background thread.
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return { ...openDocuments.counts(), documents: documents.all().length, outOfSync: sync.outOfSyncCount(), memory: process.memoryUsage(), compactions: openDocuments.memory.compactions };
}

documents.listen(connection);
connection.listen();
