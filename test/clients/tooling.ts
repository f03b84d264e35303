/**
 * What the real-editor tests share: where the test tooling is, how to start the VS Code
 * server or code-server as a process group and stop all of it, and how to drive Debian's
 * chromium. Recipes: shared/design/REAL-CLIENTS.md.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createServer } from 'node:net';

/** Debian's chromium; playwright-core brings no browser of its own. */
export const CHROMIUM = process.env.GUIDELINT_CHROMIUM ?? '/usr/bin/chromium';

/** The project's root: the nearest folder up from the working directory with Guidelint's package.json. */
export function projectRoot(): string {
  for (let dir = process.cwd(); ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'guidelint') return dir;
    if (dirname(dir) === dir) throw new Error('run from inside the Guidelint project');
  }
}

/** Paths into the cache that test/clients/setup-tooling.sh fills. */
export function tooling(root = projectRoot()) {
  const dir = process.env.GUIDELINT_TOOLING_DIR ?? join(root, '.test-tooling');
  const codeServer = join(dir, 'code-server', 'node_modules', 'code-server');
  return {
    dir,
    node: join(dir, 'node', 'bin', 'node'),
    codeServer,
    codeServerEntry: join(codeServer, 'out', 'node', 'entry.js'),
    vscodeServerMain: join(codeServer, 'lib', 'vscode', 'out', 'server-main.js'),
  };
}

/** Why the real-editor tests cannot run here, or undefined when they can. */
export function missingTooling(root = projectRoot()): string | undefined {
  const paths = tooling(root);
  if (!existsSync(CHROMIUM)) return `${CHROMIUM} is absent (apt-get install -y chromium)`;
  if (!existsSync(paths.node) || !existsSync(paths.vscodeServerMain)) {
    return `the test tooling is absent from ${paths.dir} (bash test/clients/setup-tooling.sh)`;
  }
  return undefined;
}

/** A fresh temporary folder. */
export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `guidelint-${prefix}-`));
}

/** A throwaway workspace holding a copy of the sample posts, so tests may change them. */
export function sampleWorkspace(root: string): string {
  const workspace = join(tempDir('workspace'), 'posts');
  mkdirSync(workspace, { recursive: true });
  cpSync(join(root, 'test', 'fixtures', 'posts'), workspace, { recursive: true });
  return workspace;
}

/** A free TCP port on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** A server process in its own process group, with its output kept for failure reports. */
export interface GroupProcess {
  child: ChildProcess;
  log: () => string;
  /** Stops the whole group: killing only the main PID leaves watchers and agents behind. */
  stop: () => Promise<void>;
}

/** Starts `args` with Node 24 from the tooling cache, in a new process group, HOME-like folders under `home`. */
export function startGroup(args: string[], home: string, root = projectRoot()): GroupProcess {
  const paths = tooling(root);
  const env = {
    ...process.env,
    PATH: `${dirname(paths.node)}:${process.env.PATH ?? ''}`,
    XDG_CONFIG_HOME: join(home, 'config'),
    XDG_DATA_HOME: join(home, 'data'),
    XDG_CACHE_HOME: join(home, 'cache'),
  };
  const child = spawn(paths.node, args, { detached: true, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (chunk: Buffer): void => void (output = (output + chunk.toString()).slice(-20_000));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    child,
    log: () => output,
    stop: async () => {
      if (child.pid === undefined) return;
      killGroup(child.pid, 'SIGTERM');
      const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 5000).unref());
      if ((await Promise.race([exited, timeout])) === 'timeout') killGroup(child.pid, 'SIGKILL');
    },
  };
}

function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}

/** Waits until `url` answers, or the process exits, or `timeoutMs` passes. */
export async function waitForHttp(url: string, server: GroupProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.child.exitCode !== null) throw new Error(`the server exited (${server.child.exitCode}):\n${server.log()}`);
    try {
      const response = await fetch(url);
      if (response.status < 500) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms:\n${server.log()}`);
}

/** Chromium flags for a headless run that reaches nothing but the loopback server. */
export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage',
];
