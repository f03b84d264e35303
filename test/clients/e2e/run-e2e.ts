/**
 * `npm run test:e2e`: a newcomer's flow in the real VS Code UI of code-server, with the .vsix
 * that `npm run package` makes (not the source folder): open a sample post → squiggles →
 * Ctrl+. fix, saved to disk → "Guidelint: Show Relevant Guidelines" shows the right
 * guidelines, and a finding in the view reveals its range. Screenshots go to
 * test-artifacts/e2e/. Exit code: 0 when every step passed.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, freePort, projectRoot, sampleWorkspace, startGroup, tempDir, tooling, waitForHttp } from '../tooling';
import { applyQuickFix, editorText, goTo, openFile, runCommand, save, UI_TIMEOUT_MS, waitForWorkbench, webviewFrame } from './workbench';

const EMAIL = 'jane.doe@example.org';
/** Workbench settings for a quiet, reproducible profile: no chat panel, welcome page or minimap in the screenshots. */
const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'chat.disableAIFeatures': true,
  'editor.minimap.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'update.mode': 'none',
};

async function main(): Promise<void> {
  const root = projectRoot();
  const artifacts = join(root, 'test-artifacts', 'e2e');
  mkdirSync(artifacts, { recursive: true });
  const vsix = process.env.GUIDELINT_VSIX ?? packageVsix(root, artifacts);
  const workspace = sampleWorkspace(root);
  const home = tempDir('code-server');
  const dirs = ['--user-data-dir', join(home, 'user-data'), '--extensions-dir', join(home, 'extensions')];
  mkdirSync(join(home, 'user-data', 'User'), { recursive: true });
  writeFileSync(join(home, 'user-data', 'User', 'settings.json'), JSON.stringify(USER_SETTINGS, null, 2));

  step(`installing ${vsix}`);
  const entry = tooling(root).codeServerEntry;
  const install = startGroup([entry, ...dirs, '--install-extension', vsix], home, root);
  await new Promise((resolve) => install.child.once('exit', resolve));
  if (install.child.exitCode !== 0 || !install.log().includes('was successfully installed')) throw new Error(`install failed:\n${install.log()}`);

  const port = await freePort();
  const server = startGroup([entry, '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry',
    '--disable-update-check', '--disable-workspace-trust', '--reconnection-grace-time', '5', ...dirs, workspace], home, root);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width: 1400, height: 850 } });
  // The guidelines view declares a strict CSP: any violation (a script or style it forgot) fails the run.
  const violations: string[] = [];
  page.on('console', (message) => void (/Content.Security.Policy/i.test(message.text()) && violations.push(message.text())));
  try {
    await waitForHttp(`http://127.0.0.1:${port}/healthz`, server);
    await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`);
    await flow(page, workspace, artifacts);
    assert(violations.length === 0, `no Content-Security-Policy violations, got:\n${violations.join('\n')}`);
    step('passed');
  } catch (error) {
    await page.screenshot({ path: join(artifacts, 'failure.png') }).catch(() => undefined);
    console.error(`run-e2e: code-server log:\n${server.log().slice(-4000)}`);
    throw error;
  } finally {
    await browser.close();
    await server.stop();
  }
}

/** The newcomer's flow, each step asserted on what the UI shows or on the file on disk. */
async function flow(page: Page, workspace: string, artifacts: string): Promise<void> {
  await waitForWorkbench(page);
  const file = join(workspace, 'sample.md');
  const original = readFileSync(file, 'utf8');

  step('squiggles appear on sample.md');
  const editor = await openFile(page, 'sample.md');
  await editor.locator('.squiggly-warning').nth(1).waitFor({ timeout: UI_TIMEOUT_MS });
  // Other rules may flag more of the sample as they are added: the count is checked in the suite, here only its item.
  await page.locator('.statusbar-item[aria-label^="Guidelint: "][aria-label$=" findings"]').waitFor({ timeout: UI_TIMEOUT_MS });
  await page.keyboard.press('Control+Shift+M');
  await page.locator('.markers-panel .monaco-list-row', { hasText: EMAIL }).first().waitFor({ timeout: UI_TIMEOUT_MS });

  step('the hover on the e-mail address names its guideline');
  const { line, column } = position(original, EMAIL);
  await goTo(page, line, column + 1);
  await page.keyboard.press('Control+K');
  await page.keyboard.press('Control+I');
  await page.locator('.monaco-hover', { hasText: 'Respect privacy' }).first().waitFor({ timeout: UI_TIMEOUT_MS });
  await page.screenshot({ path: join(artifacts, 'editor-squiggles.png') });
  await page.keyboard.press('Escape');

  step('Ctrl+. redacts the e-mail address, and Ctrl+S saves it');
  await applyQuickFix(page, editor, 'Redact');
  await waitUntil(async () => (await editorText(editor)).includes('[redacted]'), 'the editor to show [redacted]');
  await save(page);
  const expected = original.replace(EMAIL, '[redacted]');
  await waitUntil(async () => readFileSync(file, 'utf8') === expected, 'the file on disk to have only the e-mail address replaced')
    .catch((error: unknown) => {
      throw new Error(`${String(error)}; it has:\n${readFileSync(file, 'utf8')}`);
    });

  step('"Guidelint: Show Relevant Guidelines" opens the view');
  // Hide the side bar and the panel, so that the screenshot shows the post and the view.
  await page.keyboard.press('Control+B');
  await page.keyboard.press('Control+J');
  await runCommand(page, 'Guidelint: Show Relevant Guidelines');
  const view = webviewFrame(page);
  await view.locator('h1', { hasText: 'Guidelines for sample.md' }).waitFor({ timeout: UI_TIMEOUT_MS });
  const titles = await view.locator('section.guideline h2').allInnerTexts();
  for (const title of ['Be open about AI use', 'Post as yourself']) {
    assert(titles.some((t) => t.startsWith(title)), `the view names "${title}" (it shows: ${titles.join(' | ')})`);
  }
  assert(!titles.some((t) => t.startsWith('Respect privacy')), 'the redacted address no longer makes privacy relevant');
  await page.screenshot({ path: join(artifacts, 'guidelines-view.png') });

  step('a finding in the view, activated with the keyboard, selects its range in the editor');
  const finding = view.locator('.finding button').first();
  await finding.focus();
  await page.keyboard.press('Enter');
  const selected = `(${'As an AI language model'.length} selected)`;
  await page.locator('.statusbar-item', { hasText: selected }).first().waitFor({ timeout: UI_TIMEOUT_MS });
}

/** Packages the extension exactly as `npm run package` does (its vsce flags), into the artefacts folder. */
function packageVsix(root: string, artifacts: string): string {
  const script = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts.package ?? '';
  const flags = script.split('vsce package')[1]?.trim().split(/\s+/) ?? [];
  const vsix = join(artifacts, 'guidelint.vsix');
  step(`packaging with vsce ${flags.join(' ')}`);
  const result = spawnSync(process.execPath, [join(root, 'node_modules', '@vscode', 'vsce', 'vsce'), 'package', ...flags, '-o', vsix],
    { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (result.status !== 0) throw new Error(`vsce package failed:\n${result.stdout}${result.stderr}`);
  return vsix;
}

/** One-based line and zero-based column of the first `needle` in `text`. */
function position(text: string, needle: string): { line: number; column: number } {
  const before = text.slice(0, text.indexOf(needle)).split('\n');
  return { line: before.length, column: before.at(-1)?.length ?? 0 };
}

async function waitUntil(probe: () => Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + UI_TIMEOUT_MS;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

function assert(condition: boolean, message: string): asserts condition {
  if (!condition) throw new Error(`assertion failed: ${message}`);
}

function step(text: string): void {
  console.log(`run-e2e: ${text}`);
}

main().then(() => process.exit(0), (error: unknown) => {
  console.error(error);
  process.exit(1);
});
