/**
 * The open documents' lint loop: schedule on change (debounced), lint the newest version,
 * publish unless a newer version superseded the run, clear on close. The latest result of
 * each document is kept so that code actions, hover and the guidelines request answer
 * without linting again.
 */
import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { rangeProblem } from '../engine/ranges';
import { toDiagnostics } from './diagnostics';
import { describeError } from '../engine/document-linter';
import { documentLanguage, EngineLinters, formatOf, lintDocumentAsync, type LintResult } from './lint-document';
import { IdleMemory } from './idle-memory';
import { LintScheduler, type RunToken } from './scheduler';
import type { DocumentConfig, ServerConfig } from './settings';

/** What the linter uses of the connection and the document store; tests pass fakes. */
export type LinterConnection = Pick<Connection, 'console' | 'sendDiagnostics'>;
/** The document store, as the linter reads it. */
export type DocumentStore = Pick<TextDocuments<TextDocument>, 'get' | 'all'>;

/** How many entries the server's per-document maps hold: all 0 once every document is closed (test hook). */
export interface DocumentCounts {
  results: number;
  linters: number;
  scheduled: number;
}

/** At most this many distinct internal errors are remembered as logged; then the memory starts afresh (and may log one again). */
const LOGGED_ERRORS = 200;

/** Lints open documents and publishes their diagnostics. */
export class OpenDocuments {
  private readonly results = new Map<string, LintResult>();
  /** Rules already reported as failing: a throwing rule is logged once per session, not per keystroke. */
  private readonly failedRules = new Set<string>();
  /** Internal errors already logged (by their first line), likewise once per session. */
  private readonly loggedErrors = new Set<string>();
  /** Rules over their budget and documents read as plain text, by document: logged once each. */
  private readonly loggedNotices = new Set<string>();
  private readonly scheduler: LintScheduler;
  private readonly linters: EngineLinters;
  /** Gives the heap's pages back to the system once the server is idle after work. */
  readonly memory: IdleMemory;

  constructor(
    private readonly connection: LinterConnection,
    private readonly documents: DocumentStore,
    /** The live configuration; `ready` settles once it has been read from the client, so the first lint uses it. */
    private readonly config: { readonly current: ServerConfig; readonly ready: Promise<unknown>; forDocument(uri: string): DocumentConfig },
    /** Whether a document is out of sync with the editor (a refused change); none is, by default. */
    private readonly isOutOfSync: (uri: string) => boolean = () => false,
    memory?: IdleMemory,
  ) {
    this.memory = memory ?? new IdleMemory();
    this.linters = new EngineLinters((ruleId, error) => this.ruleFailed(ruleId, error));
    this.scheduler = new LintScheduler(
      (uri, token) => this.run(uri, token),
      () => this.config.current.debounceMs,
      (uri, error) => this.connection.console.error(`Guidelint: linting ${uri} failed: ${describe(error)}`),
    );
  }

  /** textDocument/didOpen and didChange (TextDocuments fires onDidChangeContent for both). */
  onDidChangeContent(document: TextDocument): void {
    this.scheduler.schedule(document.uri);
  }

  /** textDocument/didClose: forget the document and clear its diagnostics. */
  onDidClose(document: TextDocument): void {
    this.scheduler.cancel(document.uri);
    this.results.delete(document.uri);
    this.linters.delete(document.uri);
    this.memory.worked();
    void this.connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  }

  /** The sizes of the per-document maps. */
  counts(): DocumentCounts {
    return { results: this.results.size, linters: this.linters.size, scheduled: this.scheduler.size };
  }

  /** Lints every open document again, e.g. after a configuration change. */
  relintAll(): void {
    for (const document of this.documents.all()) this.scheduler.schedule(document.uri);
  }

  /** The result for the document's current version, linting a pending change first; undefined if not linted. */
  async resultFor(uri: string): Promise<LintResult | undefined> {
    await this.scheduler.flush(uri);
    const result = this.results.get(uri);
    return result !== undefined && result.version === this.documents.get(uri)?.version ? result : undefined;
  }

  /** Stops pending work, on shutdown. */
  dispose(): void {
    this.scheduler.dispose();
    this.memory.dispose();
  }

  private async run(uri: string, token: RunToken): Promise<void> {
    await this.config.ready;
    const document = this.documents.get(uri);
    if (!document || token.cancelled) return;
    // A document out of sync (validated-documents.ts) is not linted until the client sends its whole text.
    if (this.isOutOfSync(uri)) return;
    const config = this.config.forDocument(uri);
    // A long lint gives the event loop a turn now and then (hover, code actions, newer versions); a newer version stops it.
    const linted = config.enable ? await this.lint(document, config, () => token.cancelled || this.documents.get(uri)?.version !== document.version) : undefined;
    this.memory.worked();
    if (linted === 'cancelled') return;
    const result = linted && this.withValidRanges(linted, document.getText());
    // The stale-version guard: a newer version (or a close) cancelled this run; its result is dropped.
    if (token.cancelled || this.documents.get(uri)?.version !== document.version) return;
    if (result) this.results.set(uri, result);
    else this.results.delete(uri);
    const diagnostics = result ? toDiagnostics(document, result) : [];
    await this.connection.sendDiagnostics({ uri, version: document.version, diagnostics });
  }

  /**
   * Lints `document`; an internal error gives a result that says so, so that the document's
   * diagnostics are replaced (never left from an older version) and the editor goes on.
   */
  private async lint(document: TextDocument, config: DocumentConfig, cancelled: () => boolean): Promise<LintResult | undefined | 'cancelled'> {
    let result: LintResult | undefined | 'cancelled';
    try {
      result = await lintDocumentAsync(document, config, this.linters, cancelled);
      if (result === 'cancelled') return result;
    } catch (error) {
      // The linter may hold state from the failed run: the next version starts afresh.
      this.linters.delete(document.uri);
      this.logOnce(error, `Guidelint: linting ${document.uri} failed`);
      const format = formatOf(document.languageId) ?? 'text';
      return { uri: document.uri, version: document.version, format, language: documentLanguage(document.getText(), format, config.language, config.pack.languages), findings: [], failed: describeError(error) };
    }
    for (const block of result?.unchecked ?? []) this.logOnce(block.reason, `Guidelint: a passage of ${document.uri} could not be checked`);
    // Once per document and rule (and once per document read as plain text), not at every keystroke.
    for (const over of result?.overBudget ?? []) this.noteOnce(`${document.uri}\u0000${over.ruleId}`, `Guidelint: rule ${over.ruleId} took ${over.elapsedMs} ms on ${document.uri}, over its budget of ${over.budgetMs} ms (ruleBudgetMs), and was skipped there`);
    if (result?.plainText !== undefined) this.noteOnce(`${document.uri}\u0000plain text`, `Guidelint: ${document.uri} is linted as plain text, since parsing it as Markdown would take too long: ${result.plainText}`);
    return result;
  }

  private noteOnce(key: string, message: string): void {
    if (this.loggedNotices.has(key)) return;
    this.loggedNotices.add(key);
    this.connection.console.warn(message);
  }

  private logOnce(error: unknown, what: string): void {
    const key = error instanceof Error ? describeError(error) : String(error);
    if (this.loggedErrors.has(key)) return;
    if (this.loggedErrors.size >= LOGGED_ERRORS) this.loggedErrors.clear();
    this.loggedErrors.add(key);
    this.connection.console.error(`${what}: ${describe(error)}`);
  }

  /**
   * A change was refused: the document is out of sync with the editor. Its pending lint is
   * cancelled and its diagnostics cleared, since their ranges may no longer be where the editor
   * shows them.
   */
  onDesync(uri: string, reason: string): void {
    this.connection.console.error(`Guidelint: refused a change to ${uri} (${reason}); its diagnostics are cleared until the editor sends the whole document again (close and reopen it).`);
    this.scheduler.cancel(uri);
    this.results.delete(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  /** Drops (and logs once per rule) findings whose ranges are not valid in `text`; none should be, but none may leave the server. */
  private withValidRanges(result: LintResult, text: string): LintResult {
    const problemOf = (f: LintResult['findings'][number]): string | undefined =>
      rangeProblem(text, f.start, f.end) ?? f.fixes.flatMap((fix) => fix.edits).map((e) => rangeProblem(text, e.start, e.end)).find((p) => p !== undefined);
    let findings: LintResult['findings'] | undefined;
    result.findings.forEach((finding, k) => {
      const problem = problemOf(finding);
      if (problem === undefined) {
        findings?.push(finding);
        return;
      }
      findings ??= result.findings.slice(0, k);
      this.ruleFailed(finding.ruleId, new Error(`a finding with an invalid range was dropped: ${problem}`));
    });
    if (result.error && rangeProblem(text, result.error.start, result.error.end)) return { ...result, error: { ...result.error, start: 0, end: 0 } };
    return findings ? { ...result, findings } : result;
  }

  private ruleFailed(ruleId: string, error: unknown): void {
    if (this.failedRules.has(ruleId)) return;
    this.failedRules.add(ruleId);
    this.connection.console.error(`Guidelint: rule ${ruleId} failed and is skipped: ${describe(error)}`);
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.stack ?? error.message : String(error);
}
