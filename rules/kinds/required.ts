/**
 * The required kind: when a document touches a topic, a phrase must be present somewhere in
 * it (a personal-view disclaimer when a post judges the organisation's policy). Data entries
 * have `role: topic` or `role: required` and their `phrases` (`{organisation}` stands for the
 * organisation's names); `insert` is the text the fix appends, on a paragraph of its own.
 */
import type { DocumentContext, Report, Rule } from '../api';
import type { RuleSpec } from '../pack/spec';
import { Reader } from '../pack/read';
import { dataString, formatMessage, type RuleData } from './data';
import { ORGANISATION, organisationIndex } from './organisation';

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
      const at = appendPoint(context.source);
      const actual = context.source.slice(topic.start, topic.end);
      return [{
        start: topic.start,
        end: topic.end,
        message: formatMessage(data.messages.default, { actual, expected: insert }),
        expected: [insert],
        fixes: spec.meta.fix === 'none' ? [] : [{ title: `Add \`${insert}\` at the end`, edits: [{ start: at, end: at, text: `\n\n${insert}` }] }],
      }];
    },
  };
}
