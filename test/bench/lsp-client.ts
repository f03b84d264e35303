/** A minimal LSP client for the bench: spawns the real server over stdio and times diagnostics. */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';

/** The built server; the sections that need it say "n/a" when it is missing. */
export const SERVER_SCRIPT = join(process.cwd(), 'server/out/server.js');

/** Whether the server has been built. */
export const serverBuilt = (): boolean => existsSync(SERVER_SCRIPT);

interface Waiter {
  version: number;
  resolve: (at: number) => void;
}

/** A spawned server, initialised with a debounce of 0 so that the time measured is the lint's. */
export class BenchServer {
  /** `performance.now()` at spawn. */
  readonly spawnedAt: number;
  /** `performance.now()` when the server answered `initialize`: start-up before any lint. */
  initializedAt = 0;
  private readonly child: ChildProcess;
  private readonly connection: MessageConnection;
  private readonly waiters = new Map<string, Waiter[]>();
  private readonly versions = new Map<string, number>();
  private readonly cleared = new Map<string, () => void>();

  private constructor(options: BenchServerOptions = {}) {
    this.spawnedAt = performance.now();
    this.child = spawn(process.execPath, [...(options.nodeArgs ?? []), SERVER_SCRIPT, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'], env: { ...process.env, ...options.env } });
    this.connection = createMessageConnection(new StreamMessageReader(this.child.stdout!), new StreamMessageWriter(this.child.stdin!));
    // The editor's `guidelint` section, pulled by the server (workspace/configuration).
    this.connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => ({ debounceMs: 0 })));
    this.connection.onRequest(() => null);
    this.connection.onNotification('textDocument/publishDiagnostics', (params: { uri: string; version?: number }) => this.published(params));
    this.connection.onNotification(() => undefined);
    this.connection.listen();
  }

  /** Spawns and initialises a server. */
  static async start(options: BenchServerOptions = {}): Promise<BenchServer> {
    const server = new BenchServer(options);
    await server.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: { versionSupport: true } } },
      initializationOptions: { debounceMs: 0 },
    });
    server.initializedAt = performance.now();
    await server.connection.sendNotification('initialized', {});
    return server;
  }

  /** The server's process id, for its memory in /proc. */
  get pid(): number {
    return this.child.pid!;
  }

  /** Resident memory of the server process in MB (Linux: VmRSS of /proc/<pid>/status). */
  rssMb(): number {
    const status = readFileSync(`/proc/${this.pid}/status`, 'utf8');
    const kb = Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1]);
    return kb / 1024;
  }

  /** Opens a Markdown document as version 1; resolves when its first diagnostics arrive, with their time. */
  open(uri: string, text: string): Promise<number> {
    this.versions.set(uri, 1);
    const done = this.diagnosticsOf(uri, 1);
    void this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    return done;
  }

  /** Sends one incremental change; resolves with the time the diagnostics of that version arrived. */
  change(uri: string, range: LspRange, text: string): Promise<number> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    const done = this.diagnosticsOf(uri, version);
    void this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text }] });
    return done;
  }

  /** Closes a document; resolves when its diagnostics are cleared. */
  close(uri: string): Promise<void> {
    this.versions.delete(uri);
    const done = new Promise<void>((resolve) => this.cleared.set(uri, resolve));
    void this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    return done;
  }

  /** Sends a request (the test hooks' `guidelint/internal/stats`, say). */
  request<T>(method: string, params?: unknown): Promise<T> {
    return this.connection.sendRequest<T>(method, params);
  }

  /** Shuts the server down and waits for it to exit. */
  async stop(): Promise<void> {
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    try {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    } catch {
      this.child.kill();
    }
    await exited;
    this.connection.dispose();
  }

  private diagnosticsOf(uri: string, version: number): Promise<number> {
    return new Promise((resolve) => {
      const list = this.waiters.get(uri) ?? [];
      list.push({ version, resolve });
      this.waiters.set(uri, list);
    });
  }

  private published({ uri, version }: { uri: string; version?: number; diagnostics?: unknown[] }): void {
    const at = performance.now();
    if (version === undefined) {
      // A close clears the diagnostics without a version.
      this.cleared.get(uri)?.();
      this.cleared.delete(uri);
      return;
    }
    // A newer version's diagnostics also answer an older change: the server may skip superseded versions.
    const list = this.waiters.get(uri) ?? [];
    for (const waiter of list.filter((w) => w.version <= version)) waiter.resolve(at);
    this.waiters.set(uri, list.filter((w) => w.version > version));
  }
}

/** How to spawn the server. */
export interface BenchServerOptions {
  /** Node options before the script (`--expose-gc`). */
  nodeArgs?: string[];
  /** Added to the environment (`GUIDELINT_TEST_HOOKS: '1'`). */
  env?: Record<string, string>;
}

/** An LSP range (UTF-16 positions, as JavaScript strings count). */
export interface LspRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

/** A file URI for a bench document (never written to disk: the server reads the text from didOpen). */
export const benchUri = (name: string): string => pathToFileURL(join('/tmp/guidelint-bench', name)).href;
