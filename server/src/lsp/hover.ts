/**
 * textDocument/hover on a finding: the guideline's title and text in the document's
 * language, why this text triggered it (the finding's message), and links to the
 * guideline's source and the rule's documentation. The rationale lives here, not in the
 * squiggle's message (STYLE.md, "A message").
 */
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { findGuideline, type Pack } from '../engine/pack';
import type { Finding, Language } from '../engine/types';
import type { LintResult } from './lint-document';
import { messagesFor } from './messages';
import { toRange } from './positions';

/** The hover for `position`, or null when no finding covers it. */
export function hover(document: TextDocument, position: Position, result: LintResult | undefined, pack: Pack): Hover | null {
  if (result === undefined) return null;
  const offset = document.offsetAt(position);
  // Ends included: a cursor just after the flagged word still shows its hover.
  const covering = result.findings.filter((f) => f.start <= offset && offset <= f.end);
  if (covering.length === 0) return null;
  const start = covering.reduce((min, f) => Math.min(min, f.start), Infinity);
  const end = covering.reduce((max, f) => Math.max(max, f.end), 0);
  return {
    contents: { kind: MarkupKind.Markdown, value: covering.map((f) => describeFinding(f, result.language, pack)).join('\n\n---\n\n') },
    range: toRange(document, start, end),
  };
}

/** One finding's hover text, in Markdown. */
export function describeFinding(finding: Finding, language: Language, pack: Pack): string {
  const labels = messagesFor(language).hover;
  const guideline = findGuideline(pack, finding.guideline);
  const lines: string[] = [];
  if (guideline) lines.push(`**${guideline.title[language]}**`, '', guideline.text[language], '');
  lines.push(`*${labels.why}* ${finding.message}`, '');
  // A pattern rule says what each part of the pattern matched ("target: the board").
  const matched = Object.entries(finding.matched ?? {});
  if (matched.length) lines.push(`*${labels.matched}* ${matched.map(([name, text]) => `${name} = ${labels.quote(text)}`).join(', ')}`, '');
  const links = [`[${labels.rule} \`${finding.ruleId}\`](${finding.url})`];
  if (guideline) links.unshift(`[${labels.source}](${guideline.source})`);
  lines.push(links.join(' · '));
  return lines.join('\n');
}
