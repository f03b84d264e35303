/**
 * Validated document sync (issue 12, "Validated edits"). The server keeps each open document
 * from the client's `didChange` notifications. An incremental change that is malformed (a range
 * whose numbers are not whole and non-negative, a start after its end, no `text`) or that lies
 * outside the document (a line past the last) is not applied: the server would otherwise lint
 * a text the editor does not show, and publish ranges that are not integers or not inside it.
 * Such a change is logged once as an error, and the document is marked out of sync: its
 * diagnostics are cleared and further incremental changes are ignored until the client sends
 * the whole text again (a change without a range, or a close and reopen), which re-reads it.
 * A character past a line's end is allowed and clamps to it, as the LSP specification says.
 */
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';

/** Why a content change is refused for `document`, or undefined when it can be applied. */
export function changeProblem(document: TextDocument, change: unknown): string | undefined {
  if (typeof change !== 'object' || change === null) return 'the change is not an object';
  const { text, range } = change as { text?: unknown; range?: unknown };
  if (typeof text !== 'string') return 'the change has no text';
  if (range === undefined) return undefined;
  const position = (value: unknown, name: string): { line: number; character: number } | string => {
    const { line, character } = (value ?? {}) as { line?: unknown; character?: unknown };
    if (!Number.isSafeInteger(line) || !Number.isSafeInteger(character) || (line as number) < 0 || (character as number) < 0) {
      return `the range's ${name} ${JSON.stringify(value)} is not a line and a character (whole numbers, 0 or more)`;
    }
    return { line: line as number, character: character as number };
  };
  const { start: rawStart, end: rawEnd } = range as { start?: unknown; end?: unknown };
  const start = position(rawStart, 'start');
  if (typeof start === 'string') return start;
  const end = position(rawEnd, 'end');
  if (typeof end === 'string') return end;
  if (start.line > end.line || (start.line === end.line && start.character > end.character)) return `the range starts (${start.line}:${start.character}) after it ends (${end.line}:${end.character})`;
  // The position just past the last line's end is line lineCount - 1; a line past it is outside the document.
  if (end.line >= document.lineCount) return `the range ends on line ${end.line}, past the document's last line (${document.lineCount - 1})`;
  return undefined;
}

/** What the document store tells the server about refused changes. */
export interface SyncListener {
  /** A change was refused: the document is out of sync until the client sends its whole text. */
  onDesync(uri: string, reason: string): void;
  /** The client sent the whole text of a document that was out of sync. */
  onResync(uri: string): void;
}

/**
 * The `TextDocuments` configuration of the server: `TextDocument.update` for valid changes,
 * the whole text for a full change, and the rules above for invalid ones.
 */
export function validatedDocuments(listener: SyncListener) {
  const outOfSync = new Set<string>();
  return {
    /** Whether `uri` is out of sync (a change was refused since the client last sent its whole text). */
    isOutOfSync: (uri: string): boolean => outOfSync.has(uri),
    /** A document was closed: nothing is kept of it. */
    forget: (uri: string): void => void outOfSync.delete(uri),
    /** How many documents are out of sync. */
    outOfSyncCount: (): number => outOfSync.size,
    create(uri: string, languageId: string, version: number, content: string): TextDocument {
      outOfSync.delete(uri);
      return TextDocument.create(uri, languageId, version, typeof content === 'string' ? content : '');
    },
    update(document: TextDocument, changes: TextDocumentContentChangeEvent[], version: number): TextDocument {
      let current = document;
      for (const change of Array.isArray(changes) ? changes : [changes]) {
        const full = typeof change === 'object' && change !== null && !('range' in change && (change as { range?: unknown }).range !== undefined);
        const problem = changeProblem(current, change);
        if (problem === undefined && full) {
          // The whole text: applied even to a document out of sync, which it re-reads.
          current = TextDocument.update(current, [change], version);
          if (outOfSync.delete(document.uri)) listener.onResync(document.uri);
          continue;
        }
        if (outOfSync.has(document.uri)) continue;
        if (problem !== undefined) {
          outOfSync.add(document.uri);
          listener.onDesync(document.uri, problem);
          continue;
        }
        current = TextDocument.update(current, [change], version);
      }
      // The version follows the client's even when a change was refused, so that a stale lint is still told apart.
      return current.version === version ? current : TextDocument.update(current, [], version);
    },
  };
}
