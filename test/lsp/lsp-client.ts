/**
 * A small LSP client for protocol tests: spawns `node server/out/server.js --stdio`, speaks
 * JSON-RPC with vscode-jsonrpc, answers the server's requests (configuration, registration)
 * and records every notification, so that tests wait on notifications, never on sleeps.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { InitializeResult, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';

/** The server bundle; tests run from the repository root (npm test, .ci/run). */
export const SERVER = resolve(process.cwd(), 'server/out/server.js');

/** How long a wait may take before the test fails with a message saying what it waited for. */
const WAIT_MS = 15_000;

interface Waiter {
  method: string;
  match: (params: any) => boolean;
  from: number;
  resolve: (params: any) => void;
}

/** Options for {@link LspClient.start}. */
export interface StartOptions {
  /** The `guidelint` section answered to workspace/configuration. */
  settings?: Record<string, unknown>;
  /** The workspace folder (for `.guidelint.yml`). */
  root?: string;
  /** Added to the server's environment (`GUIDELINT_TEST_HOOKS: '1'`). */
  env?: Record<string, string>;
}

/** A spawned server and the client side of its connection. */
export class LspClient {
  /** Every notification received, in order. */
  readonly received: { method: string; params: any }[] = [];
  settings: Record<string, unknown>;
  capabilities!: InitializeResult['capabilities'];
  private readonly waiters: Waiter[] = [];

  private constructor(readonly connection: MessageConnection, private readonly child: ChildProcess, options: StartOptions) {
    this.settings = options.settings ?? {};
    connection.onNotification((method, params) => this.record(method, params));
    connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) =>
      params.items.map((item) => (item.section === 'guidelint' ? this.settings : null)));
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('window/showMessageRequest', () => null);
  }

  /** Spawns the server over stdio and runs initialize/initialized. */
  static async start(options: StartOptions = {}): Promise<LspClient> {
    if (!existsSync(SERVER)) throw new Error(`${SERVER} is missing: run \`node esbuild.mjs\` first`);
    const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'], env: { ...process.env, ...options.env } });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new LspClient(connection, child, options);
    connection.listen();
    const rootUri = options.root ? pathToFileURL(options.root).href : null;
    const result = await connection.sendRequest<InitializeResult>('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: rootUri ? [{ uri: rootUri, name: 'workspace' }] : null,
      capabilities: {
        workspace: { configuration: true, workspaceEdit: { documentChanges: true }, didChangeConfiguration: { dynamicRegistration: true } },
        textDocument: { publishDiagnostics: { versionSupport: true }, hover: { contentFormat: ['markdown'] } },
      },
    });
    client.capabilities = result.capabilities;
    await connection.sendNotification('initialized', {});
    return client;
  }

  /** The index of the next notification, to wait for what arrives after an action. */
  mark(): number {
    return this.received.length;
  }

  /** The first notification of `method` from index `from` on that `match` accepts. */
  waitFor<T = any>(method: string, match: (params: T) => boolean = () => true, from = 0): Promise<T> {
    const found = this.received.slice(from).find((n) => n.method === method && match(n.params));
    if (found) return Promise.resolve(found.params);
    return new Promise<T>((resolvePromise, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${method} matching ${match} within ${WAIT_MS} ms`)), WAIT_MS);
      this.waiters.push({ method, match, from, resolve: (params) => (clearTimeout(timer), resolvePromise(params)) });
    });
  }

  /** The diagnostics published for `uri` (for `version`, if given) from index `from` on. */
  diagnostics(uri: string, options: { version?: number; from?: number } = {}): Promise<PublishDiagnosticsParams> {
    return this.waitFor<PublishDiagnosticsParams>('textDocument/publishDiagnostics',
      (p) => p.uri === uri && (options.version === undefined || p.version === options.version), options.from ?? 0);
  }

  /** The notifications of `method` received from index `from` on. */
  since(method: string, from: number): any[] {
    return this.received.slice(from).filter((n) => n.method === method).map((n) => n.params);
  }

  /** textDocument/didOpen. */
  open(uri: string, languageId: string, text: string, version = 1): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  /** textDocument/didChange with the whole new text. */
  change(uri: string, version: number, text: string): Promise<void> {
    return this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
  }

  /** textDocument/didClose. */
  close(uri: string): Promise<void> {
    return this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  /** Changes the settings and tells the server, as VS Code does in the pull model. */
  configure(settings: Record<string, unknown>): Promise<void> {
    this.settings = settings;
    return this.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
  }

  /** A request. */
  request<T = any>(method: string, params: unknown): Promise<T> {
    return this.connection.sendRequest<T>(method, params);
  }

  /** shutdown, exit, and the process's end. */
  async stop(): Promise<void> {
    const exited = new Promise((resolveExit) => this.child.once('exit', resolveExit));
    await this.connection.sendRequest('shutdown');
    await this.connection.sendNotification('exit');
    await exited;
    this.connection.dispose();
  }

  private record(method: string, params: any): void {
    this.received.push({ method, params });
    const index = this.received.length - 1;
    for (const waiter of [...this.waiters]) {
      if (waiter.method === method && index >= waiter.from && waiter.match(params)) {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        waiter.resolve(params);
      }
    }
  }
}

/** The LSP range of the `nth` occurrence of `snippet` in `text`, located by search, never by counted columns. */
export function rangeOf(text: string, snippet: string, nth = 1) {
  let index = -1;
  for (let k = 0; k < nth; k++) {
    index = text.indexOf(snippet, index + 1);
    if (index === -1) throw new Error(`\`${snippet}\` (occurrence ${nth}) is not in the text`);
  }
  return { start: positionAt(text, index), end: positionAt(text, index + snippet.length) };
}

/** The LSP position of a UTF-16 offset, written independently of the server's conversion. */
export function positionAt(text: string, offset: number): { line: number; character: number } {
  const before = text.slice(0, offset);
  const line = (before.match(/\r\n|\r|\n/g) ?? []).length;
  const lastBreak = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'));
  return { line, character: offset - lastBreak - 1 };
}

/** A file URI for a name in a fake workspace; the document need not exist on disk. */
export function docUri(name: string): string {
  return pathToFileURL(resolve('/tmp/guidelint-lsp-test', name)).href;
}
