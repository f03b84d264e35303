/**
 * Driving the VS Code workbench in a page, with the selectors that worked on VS Code 1.139
 * (shared/design/REAL-CLIENTS.md, "Playwright selectors").
 */
import type { FrameLocator, Locator, Page } from 'playwright-core';

/** The default wait for anything the workbench shows. */
export const UI_TIMEOUT_MS = 30_000;

/** Waits for the workbench and its explorer to be ready. */
export async function waitForWorkbench(page: Page): Promise<void> {
  await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60_000 });
}

/** Opens `name` with Quick Open and returns its editor. */
export async function openFile(page: Page, name: string): Promise<Locator> {
  await page.keyboard.press('Control+P');
  await page.keyboard.type(name);
  // The first row is "recently opened" until the file search answers: wait for the file's row.
  await page.locator(`.quick-input-widget .monaco-list-row[aria-label^="${name}"]`).first().waitFor({ timeout: UI_TIMEOUT_MS });
  await page.keyboard.press('Enter');
  const editor = page.locator(`.monaco-editor[data-uri$="/${name}"]`);
  await editor.waitFor({ timeout: UI_TIMEOUT_MS });
  return editor;
}

/** Moves the cursor to a one-based line and column with "Go to Line/Column". */
export async function goTo(page: Page, line: number, column: number): Promise<void> {
  await page.keyboard.press('Control+G');
  await page.keyboard.type(`${line}:${column}`);
  await page.keyboard.press('Enter');
}

/** Runs a command palette entry by its full title, e.g. `Guidelint: Show Relevant Guidelines`. */
export async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('Control+Shift+P');
  await page.keyboard.type(title);
  await page.locator(`.quick-input-widget .monaco-list-row[aria-label*="${title}"]`).first().waitFor({ timeout: UI_TIMEOUT_MS });
  await page.keyboard.press('Enter');
}

/** Opens the quick-fix menu at the cursor and picks the action titled `title`; retried, as a fresh profile may need it. */
export async function applyQuickFix(page: Page, editor: Locator, title: string): Promise<void> {
  const row = page.locator('.action-widget .monaco-list-row', { hasText: title }).first();
  for (let attempt = 1; ; attempt++) {
    await editor.locator('.lightBulbWidget').first().waitFor({ timeout: UI_TIMEOUT_MS }).catch(() => undefined);
    await page.keyboard.press('Control+.');
    try {
      await row.waitFor({ timeout: 5_000 });
      break;
    } catch (error) {
      if (attempt === 3) throw error;
      await page.keyboard.press('Escape');
    }
  }
  await row.click();
}

/** Saves the active editor and waits until its tab is no longer dirty. */
export async function save(page: Page): Promise<void> {
  await page.keyboard.press('Control+S');
  await page.locator('.tab.active.dirty').waitFor({ state: 'detached', timeout: UI_TIMEOUT_MS });
}

/** The text an editor shows, with the non-breaking spaces Monaco renders turned back into spaces. */
export async function editorText(editor: Locator): Promise<string> {
  return (await editor.locator('.view-lines').innerText()).replaceAll('\u00a0', ' ');
}

/** The content frame of the last webview opened: webviews nest two iframes. */
export function webviewFrame(page: Page): FrameLocator {
  return page.frameLocator('iframe.webview.ready').last().frameLocator('iframe#active-frame');
}
