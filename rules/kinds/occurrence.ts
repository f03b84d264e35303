/**
 * The occurrence kind: limits on how many of a thing appear in a row (hashtags, mentions,
 * emoji, exclamation marks). Data: `of` (what to count) and `minimum` (the run length that is
 * too many). Exclamation runs offer a fix that keeps one mark.
 */
import type { BlockContext, Fix, Language, Report, Rule } from '../api';
import type { RuleSpec } from '../pack/spec';
import { dataFor } from '../pack/spec';
import { Reader } from '../pack/read';
import { dataNumber, formatMessage } from './data';
import { emojiRuns, HASHTAG, MENTION, runsOf, type Run } from './sequence';
import { replaceFix } from './fix-titles';

const COUNTED = ['hashtag', 'mention', 'emoji', 'exclamation'] as const;

/** Runs of `!` and `?` (full-width forms too); one character class, so linear. */
const MARKS = /[!?！？]{2,}/g;

function exclamationRuns(context: BlockContext, minimum: number): Run[] {
  const { block } = context;
  const runs: Run[] = [];
  for (const match of block.text.matchAll(MARKS)) {
    if ((match[0].match(/[!！]/g) ?? []).length < minimum) continue;
    const start = block.start + match.index;
    runs.push({ start, end: start + match[0].length, items: [...match[0]] });
  }
  return runs;
}

const finders: Record<(typeof COUNTED)[number], (context: BlockContext, minimum: number) => Run[]> = {
  hashtag: ({ block }, minimum) => runsOf(block, HASHTAG, minimum),
  mention: ({ block }, minimum) => runsOf(block, MENTION, minimum),
  emoji: ({ block }, minimum) => emojiRuns(block, minimum),
  exclamation: exclamationRuns,
};

/** The fix for an exclamation run: one `!`, or `?!` when the run asks a question. */
function exclamationFix(run: Run, language: Language): { text: string; fix: Fix } {
  const text = run.items.some((c) => c === '?' || c === '？') ? '?!' : '!';
  return { text, fix: replaceFix(language, run.start, run.end, text) };
}

/** Compiles an occurrence rule. */
export function occurrenceKind(spec: RuleSpec): Rule {
  const settings = spec.meta.languages.map((language) => {
    const data = dataFor(spec, language);
    const of = new Reader(data.file).choice(data.of, [...data.path, 'of'], COUNTED);
    return [language, { data, of, minimum: dataNumber(data, 'minimum', 2) }] as const;
  });
  const byLanguage = new Map(settings);
  return {
    meta: spec.meta,
    checkBlock: function occurrenceCheck(context: BlockContext): Report[] {
      const rule = byLanguage.get(context.language);
      if (!rule) return [];
      return finders[rule.of](context, rule.minimum).map((run): Report => {
        const actual = context.block.text.slice(run.start - context.block.start, run.end - context.block.start);
        const fix = rule.of === 'exclamation' && spec.meta.fix !== 'none' ? exclamationFix(run, context.language) : undefined;
        const values = { actual, first: run.items.slice(0, 3).join(' '), count: String(run.items.length), minimum: String(rule.minimum), expected: fix?.text ?? '' };
        return { start: run.start, end: run.end, message: formatMessage(rule.data.messages.default, values), expected: fix ? [fix.text] : [], fixes: fix ? [fix.fix] : [] };
      });
    },
  };
}
