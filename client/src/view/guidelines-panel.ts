import { basename } from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { RelevantGuidelinesResult } from '../../../server/src/lsp/relevant-guidelines';
import { isLinted } from '../language-client';
import { guidelinesHtml } from './html';
import { viewLabels } from './labels';
import type { GuidelinesModel, HostMessage, PageMessage, RenderedReport, WireRange } from './model';

/** The server's custom request (server/src/lsp/relevant-guidelines.ts). */
const RELEVANT_GUIDELINES = 'guidelint/relevantGuidelines';

/** The view's state, for the extension's API and its tests. */
export interface GuidelinesViewState {
  model: GuidelinesModel | undefined;
  rendered: RenderedReport | undefined;
}

/**
 * The guidelines webview beside the editor. It follows the active Markdown or plain-text
 * editor and refreshes, debounced by `guidelint.debounceMs`, when the text or the diagnostics
 * change; an answer to an older request never replaces a newer one. It covers the whole
 * document: clicking a finding selects its range, and that must not narrow the view.
 */
export class GuidelinesPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private editor: vscode.TextEditor | undefined;
  private model: GuidelinesModel | undefined;
  private rendered: RenderedReport | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private generation = 0;
  private readonly viewRoot: vscode.Uri;
  private readonly listeners: vscode.Disposable[];

  constructor(extensionUri: vscode.Uri, private readonly client: LanguageClient, private readonly output: vscode.LogOutputChannel) {
    this.viewRoot = vscode.Uri.joinPath(extensionUri, 'client', 'out', 'view');
    const isFollowed = (document: vscode.TextDocument): boolean => document === this.editor?.document;
    this.listeners = [
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        // Focusing the view itself leaves no active editor: keep showing the last post.
        if (this.panel && editor && isLinted(editor.document)) (this.editor = editor, this.schedule(0));
      }),
      vscode.workspace.onDidChangeTextDocument((event) => isFollowed(event.document) && this.schedule(debounceMs())),
      // The server publishes after each lint: its answer is then up to date.
      vscode.languages.onDidChangeDiagnostics((event) => {
        if (this.editor && event.uris.some((uri) => uri.toString() === this.editor?.document.uri.toString())) this.schedule(50);
      }),
    ];
  }

  /** Opens (or reveals) the view for `editor` and returns the model it shows. */
  async show(editor: vscode.TextEditor): Promise<GuidelinesModel | undefined> {
    this.editor = editor;
    if (this.panel) this.panel.reveal(vscode.ViewColumn.Beside, true);
    else this.panel = this.createPanel();
    return this.update();
  }

  /** The editor the view follows, used when the command runs from the view itself. */
  lastEditor(): vscode.TextEditor | undefined {
    return this.editor;
  }

  /** The model and the page's last rendering report, while the view is open. */
  state(): GuidelinesViewState | undefined {
    return this.panel ? { model: this.model, rendered: this.rendered } : undefined;
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.panel?.dispose();
    for (const listener of this.listeners) listener.dispose();
  }

  private createPanel(): vscode.WebviewPanel {
    const panel = vscode.window.createWebviewPanel('guidelint.guidelines', vscode.l10n.t('Guidelines'),
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      { enableScripts: true, localResourceRoots: [this.viewRoot] });
    panel.webview.html = guidelinesHtml(panel.webview, this.viewRoot);
    panel.webview.onDidReceiveMessage((message: PageMessage) => this.onMessage(message));
    panel.onDidDispose(() => (this.panel = undefined, this.model = undefined, this.rendered = undefined));
    return panel;
  }

  private schedule(delay: number): void {
    if (!this.panel) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.update(), delay);
  }

  /** Asks the server for the followed document's guidelines and sends them to the page. */
  private async update(): Promise<GuidelinesModel | undefined> {
    const editor = this.editor;
    if (!editor || !this.panel) return undefined;
    const generation = ++this.generation;
    const document = editor.document;
    const base = { fileName: basename(document.fileName) };
    let model: GuidelinesModel;
    try {
      const params = { uri: document.uri.toString() };
      model = { ...(await this.client.sendRequest<RelevantGuidelinesResult>(RELEVANT_GUIDELINES, params)), ...base };
    } catch (error) {
      this.output.warn(`relevantGuidelines failed for ${document.uri.toString()}: ${String(error)}`);
      model = { uri: document.uri.toString(), version: document.version, language: 'en', guidelines: [], advice: [], ...base,
        error: vscode.l10n.t('The language server could not answer. Run "Guidelint: Restart Server" if this persists.') };
    }
    if (generation !== this.generation || !this.panel) return this.model;
    this.model = model;
    this.panel.title = vscode.l10n.t('Guidelines: {0}', base.fileName);
    this.post(model);
    return model;
  }

  private onMessage(message: PageMessage): void {
    if (message.type === 'ready' && this.model) this.post(this.model);
    else if (message.type === 'rendered') this.rendered = message;
    else if (message.type === 'reveal') void this.reveal(message.uri, message.range);
  }

  /** Sends `model` to the page, with the page's words in VS Code's display language. */
  private post(model: GuidelinesModel): void {
    const message: HostMessage = { type: 'model', model, labels: viewLabels(model) };
    void this.panel?.webview.postMessage(message);
  }

  /** Shows `range` in the post's editor, selected, as a click on a finding in the view asks. */
  private async reveal(uri: string, wire: WireRange): Promise<void> {
    if (uri !== this.model?.uri) return;
    const range = new vscode.Range(wire.start.line, wire.start.character, wire.end.line, wire.end.character);
    const column = this.editor?.document.uri.toString() === uri ? this.editor.viewColumn : undefined;
    const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
    const editor = await vscode.window.showTextDocument(document, { viewColumn: column ?? vscode.ViewColumn.One, selection: range });
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }
}

function debounceMs(): number {
  return vscode.workspace.getConfiguration('guidelint').get<number>('debounceMs') ?? 200;
}
