/**
 * The required kind: when a document touches a topic, a phrase must be present somewhere in
 * it (a personal-view disclaimer when a post judges the organisation's policy). Data entries
 * have `role: topic` or `role: required` and their `phrases` (`{organisation}` stands for the
 * organisation's names); `insert` is the text the fix appends, on a paragraph of its own.
 */
import type { DocumentContext, Format, Report, Rule, TextEdit } from '../api';
import type { RuleSpec } from '../pack/spec';
import { Reader } from '../pack/read';
import { dataString, formatMessage, type RuleData } from './data';
import { ORGANISATION, organisationIndex } from './organisation';
import { fixTitle } from './fix-titles';

function checkRoles(data: RuleData): void {
  const read = new Reader(data.file);
  for (const [i, entry] of data.entries.entries()) read.choice(entry.role, [...data.path, 'entries', i, 'role'], ['topic', 'required']);
  for (const role of ['topic', 'required']) {
    if (!data.entries.some((e) => e.role === role)) read.fail([...data.path, 'entries'], `a required rule needs at least one entry with \`role: ${role}\``);
  }
}

/** Where a fix appends a paragraph: after the document's last non-blank character. */
export function appendPoint(source: string): number {
  return source.trimEnd().length;
}

/** A code fence: up to three spaces, three or more backticks or tildes, then an info string (CommonMark 4.5). */
const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;

/** The fence that would close the code block a Markdown text ends in, or undefined when it ends outside code. */
function openFence(text: string): string | undefined {
  let open: string | undefined;
  for (const line of text.split(/\r?\n/)) {
    const fence = FENCE.exec(line);
    if (!fence) continue;
    const [, marks, rest] = fence;
    // A backtick fence's info string has no backtick; a closing fence is as long and has none.
    if (open === undefined) open = marks[0] === '`' && rest.includes('`') ? undefined : marks;
    else if (marks[0] === open[0] && marks.length >= open.length && rest.trim() === '') open = undefined;
  }
  return open;
}

/**
 * The edit that appends `paragraph` on a paragraph of its own at {@link appendPoint}, with the
 * document's line ends (CRLF stays CRLF). When a Markdown document ends inside a code block
 * whose fence is never closed, the edit closes it first: appended after it, the paragraph
 * would be code.
 */
export function appendEdit(source: string, format: Format, paragraph: string): TextEdit {
  const at = appendPoint(source);
  const eol = source.includes('\r\n') ? '\r\n' : '\n';
  const fence = format === 'markdown' ? openFence(source.slice(0, at)) : undefined;
  return { start: at, end: at, text: `${fence === undefined ? '' : eol + fence}${eol}${eol}${paragraph}` };
}

/** Compiles a required rule. */
export function requiredKind(spec: RuleSpec): Rule {
  for (const data of Object.values(spec.data)) {
    checkRoles(data);
    dataString(data, 'insert');
  }
  return {
    meta: spec.meta,
    checkDocument: function requiredCheck(context: DocumentContext): Report[] {
      const data = spec.data[context.language];
      if (!data) return [];
      const names = context.settings.organisation;
      const index = organisationIndex(data.entries, names);
      let topic: { start: number; end: number } | undefined;
      for (const analysis of context.analyses) {
        for (const match of index.match(analysis)) {
          if (match.entry.role === 'required') return [];
          topic ??= match;
        }
      }
      if (!topic) return [];
      const insert = String(data.insert).split(ORGANISATION).join(names[0] ?? '');
      const actual = context.source.slice(topic.start, topic.end);
      return [{
        start: topic.start,
        end: topic.end,
        message: formatMessage(data.messages.default, { actual, expected: insert }),
        expected: [insert],
        fixes: spec.meta.fix === 'none' ? [] : [{ title: fixTitle('append', context.language, insert), edits: [appendEdit(context.source, context.format, insert)] }],
      }];
    },
  };
}
