/**
 * Offset ↔ position conversion, in one place (STYLE.md, after harper-ls and tsls). The
 * engine speaks UTF-16 offsets; LSP speaks UTF-16 line/character positions. TextDocument
 * keeps a line-start table per version, so each conversion is a binary search, not a rescan.
 */
import type { Position, Range, TextEdit as LspTextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit } from '../engine/types';

/** The LSP range of `[start, end)` in `document`. */
export function toRange(document: TextDocument, start: number, end: number): Range {
  return { start: document.positionAt(start), end: document.positionAt(end) };
}

/** The offset of `position` in `document`; positions past a line's end clamp to it (LSP spec). */
export function toOffset(document: TextDocument, position: Position): number {
  return document.offsetAt(position);
}

/** An engine edit (offsets) as an LSP edit (range) in `document`. */
export function toLspEdit(document: TextDocument, edit: TextEdit): LspTextEdit {
  return { range: toRange(document, edit.start, edit.end), newText: edit.text };
}

/** Whether `inner` lies within `outer`, ends included. */
export function rangeContains(outer: Range, inner: Range): boolean {
  return comparePositions(outer.start, inner.start) <= 0 && comparePositions(inner.end, outer.end) <= 0;
}

/** Whether two ranges share a position; touching ranges intersect, so a cursor at a word's end still finds it. */
export function rangesIntersect(a: Range, b: Range): boolean {
  return comparePositions(a.start, b.end) <= 0 && comparePositions(b.start, a.end) <= 0;
}

function comparePositions(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}
