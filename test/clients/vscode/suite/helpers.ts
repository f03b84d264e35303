import * as vscode from 'vscode';
import type { GuidelintApi } from '../../../../client/src/extension';

/** Guidelint's extension id: publisher.name from package.json. */
export const EXTENSION_ID = 'guidelint.guidelint';

/** The active Guidelint extension's API. */
export async function guidelint(): Promise<GuidelintApi> {
  const extension = vscode.extensions.getExtension<GuidelintApi>(EXTENSION_ID);
  if (!extension) throw new Error(`${EXTENSION_ID} is not installed`);
  return extension.activate();
}

/** Opens a file of the test workspace (a copy of test/fixtures/posts) in an editor. */
export async function openPost(name: string): Promise<vscode.TextEditor> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the suite needs a workspace folder');
  const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, name));
  return vscode.window.showTextDocument(document);
}

/** The rule id of a diagnostic: the server sets `codeDescription`, so VS Code gives `{ value, target }`. */
export function codeOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return String(typeof code === 'object' ? code.value : code);
}

/** Guidelint's diagnostics of `uri` with one of `codes` (other rules are added in parallel). */
export function diagnosticsOf(uri: vscode.Uri, codes: readonly string[]): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'guidelint' && codes.includes(codeOf(d)));
}

/** Waits on diagnostics events (never a fixed sleep) until `accept` holds for `uri`'s diagnostics. */
export function waitForDiagnostics(uri: vscode.Uri, accept: (all: vscode.Diagnostic[]) => boolean, timeoutMs = 20_000): Promise<vscode.Diagnostic[]> {
  return waitFor(() => {
    const all = vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'guidelint');
    return accept(all) ? all : undefined;
  }, (wake) => vscode.languages.onDidChangeDiagnostics((event) => event.uris.some((u) => u.toString() === uri.toString()) && wake()), timeoutMs, `diagnostics of ${uri.toString()}`);
}

/** Resolves with `probe()` once it is defined, re-probing when `subscribe`'s event fires and every 100 ms. */
export function waitFor<T>(probe: () => T | undefined, subscribe: ((wake: () => void) => vscode.Disposable) | undefined, timeoutMs: number, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const check = (): void => {
      const value = probe();
      if (value === undefined) return;
      done();
      resolve(value);
    };
    const subscription = subscribe?.(check);
    const interval = setInterval(check, 100);
    const timer = setTimeout(() => (done(), reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`))), timeoutMs);
    const done = (): void => (clearInterval(interval), clearTimeout(timer), subscription?.dispose());
    check();
  });
}

/** The range of the first occurrence of `needle` in `document`: ranges are located by text, never by counted columns. */
export function rangeOf(document: vscode.TextDocument, needle: string): vscode.Range {
  const offset = document.getText().indexOf(needle);
  if (offset < 0) throw new Error(`\`${needle}\` is not in ${document.uri.toString()}`);
  return new vscode.Range(document.positionAt(offset), document.positionAt(offset + needle.length));
}

/**
 * The code actions at `range`. REAL-CLIENTS.md saw the first request after start-up come back
 * cancelled or without the server's actions when asked before the server had linted; the
 * tests wait for the diagnostics first, and no retry was needed in our runs, but the bounded
 * retry stays as a guard against a slow machine.
 */
export async function codeActionsAt(uri: vscode.Uri, range: vscode.Range, accept: (actions: vscode.CodeAction[]) => boolean): Promise<vscode.CodeAction[]> {
  let last: unknown;
  for (let attempt = 0; attempt < 10; attempt++) {
    try {
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range);
      if (actions && accept(actions)) return actions;
      last = JSON.stringify(actions?.map((a) => ({ title: a.title, kind: a.kind?.value, preferred: a.isPreferred, codes: a.diagnostics?.map(codeOf) })));
    } catch (error) {
      last = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`no acceptable code actions at ${JSON.stringify(range)}: ${String(last)}`);
}
