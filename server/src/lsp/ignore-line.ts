/**
 * The "Ignore <rule> on this line" edit: a disable comment on its own line above the
 * finding's line, in the form the engine honours (server/src/engine/markdown.ts and
 * plain-text.ts). In Markdown it is an HTML comment, invisible once rendered; plain text has
 * no comments, so the bare line `guidelint-disable-next-line <rule-id>` is used and the
 * engine masks it.
 */
import type { TextEdit as LspTextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';

/** The edit inserting a disable comment for `ruleId` above `line`, indented like it, with the document's line ending. */
export function ignoreLineEdit(document: TextDocument, line: number, ruleId: string): LspTextEdit {
  const text = document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
  const indent = /^[ \t]*/.exec(text)?.[0] ?? '';
  const eol = text.endsWith('\r\n') ? '\r\n' : '\n';
  const comment = document.languageId === 'markdown'
    ? `<!-- guidelint-disable-next-line ${ruleId} -->`
    : `guidelint-disable-next-line ${ruleId}`;
  const position = { line, character: 0 };
  return { range: { start: position, end: position }, newText: `${indent}${comment}${eol}` };
}
