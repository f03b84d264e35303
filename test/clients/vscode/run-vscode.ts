/**
 * `npm run test:vscode`: runs the mocha suite in suite/ inside a real VS Code extension host,
 * with the `run()` contract of @vscode/test-electron.
 * - Where the test tooling is installed (test/clients/setup-tooling.sh): the VS Code server
 *   shipped in the code-server package, `--enable-smoke-test-driver`, opened by headless
 *   Debian chromium; the page calls window.codeAutomationExit(code) when the suite ends.
 * - Else, or with GUIDELINT_VSCODE_RUNNER=electron: @vscode/test-electron, which downloads
 *   VS Code (needs internet).
 * Exit code: 0 when the suite passed.
 */
import { join } from 'node:path';
import { format } from 'node:util';
import { chromium, type ConsoleMessage } from 'playwright-core';
import { SUITE_START } from './suite/start-marker';
import { CHROMIUM, CHROMIUM_ARGS, freePort, missingTooling, projectRoot, sampleWorkspace, startGroup, tempDir, tooling, waitForHttp } from '../tooling';

const SUITE_TIMEOUT_MS = 180_000;

async function main(): Promise<number> {
  const root = projectRoot();
  const suite = join(__dirname, 'suite', 'index.js');
  const workspace = sampleWorkspace(root);
  const runner = process.env.GUIDELINT_VSCODE_RUNNER ?? (missingTooling(root) ? 'electron' : 'server');
  console.log(`run-vscode: ${runner} runner, workspace ${workspace}`);
  return runner === 'electron' ? runWithElectron(root, suite, workspace) : runWithServer(root, suite, workspace);
}

/** The standard path where VS Code can be downloaded. */
async function runWithElectron(root: string, suite: string, workspace: string): Promise<number> {
  const { runTests } = await import('@vscode/test-electron');
  try {
    await runTests({ extensionDevelopmentPath: root, extensionTestsPath: suite, launchArgs: [workspace, '--disable-extensions'] });
    return 0;
  } catch (error) {
    console.error(`run-vscode: ${String(error)}`);
    return 1;
  }
}

/** The offline path: the VS Code server inside code-server, driven by chromium (REAL-CLIENTS.md). */
async function runWithServer(root: string, suite: string, workspace: string): Promise<number> {
  const home = tempDir('vscode-server');
  const port = await freePort();
  const server = startGroup([
    tooling(root).vscodeServerMain, '--host', '127.0.0.1', '--port', String(port),
    '--without-connection-token', '--accept-server-license-terms', '--enable-smoke-test-driver',
    '--server-data-dir', join(home, 'server-data'), '--user-data-dir', join(home, 'user-data'),
    '--extensions-dir', join(home, 'extensions'),
  ], home, root);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const base = `http://127.0.0.1:${port}`;
    await waitForHttp(`${base}/version`, server);
    const remote = (path: string): string => `vscode-remote://127.0.0.1:${port}${path}`;
    const payload = [['extensionDevelopmentPath', remote(root)], ['extensionTestsPath', remote(suite)]];
    const page = await browser.newPage();
    const exit = new Promise<number>((resolve) => {
      void page.exposeFunction('codeAutomationExit', (code: number) => resolve(code));
    });
    const pageConsole = new SuiteConsole();
    page.on('console', (message) => void pageConsole.add(message));
    await page.goto(`${base}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
    const timeout = new Promise<number>((resolve) => setTimeout(() => resolve(-1), SUITE_TIMEOUT_MS).unref());
    const code = await Promise.race([exit, timeout]);
    if (code !== 0) pageConsole.dumpNoise();
    if (code === -1) console.error(`run-vscode: the suite did not finish within ${SUITE_TIMEOUT_MS} ms\n${server.log()}`);
    return code === 0 ? 0 : 1;
  } finally {
    await browser.close();
    await server.stop();
  }
}

/**
 * The page's console. Mocha's output arrives from the extension host as
 * `'%c INFO', 'color: …', format, …args`; it is printed from the suite's start line on,
 * while the workbench's own noise (offline gallery, chat, auth) is kept for failure reports.
 */
class SuiteConsole {
  private started = false;
  private readonly noise: string[] = [];

  async add(message: ConsoleMessage): Promise<void> {
    const args = await Promise.all(message.args().map((arg) => arg.jsonValue().catch(() => '')));
    const text = typeof args[0] === 'string' && args[0].startsWith('%c') ? format(...args.slice(2)) : format(...args);
    if (text === SUITE_START) this.started = true;
    else if (this.started && text.trim() !== '' && !/^\[[\w .-]+\]/.test(text)) console.log(text);
    else this.noise.push(text);
  }

  dumpNoise(): void {
    console.log(`run-vscode: workbench console before and around the suite:\n${this.noise.slice(-60).join('\n')}`);
  }
}

main().then((code) => process.exit(code), (error: unknown) => {
  console.error(error);
  process.exit(1);
});
