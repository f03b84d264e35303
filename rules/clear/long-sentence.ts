import type { BlockAnalysis, BlockContext, ProseBlock, Report } from '../api';
import { dataNumber, dataStrings, formatMessage, type RuleData } from '../kinds/data';
import { dataFor, type Detector } from '../pack/spec';

/**
 * A word: digits grouped by spaces (`1 234,5` with a no-break or a plain space is one number),
 * else a run of non-space characters with a letter or a digit (masked URLs and code hold neither),
 * so that an elision stays with its word (`l'accélérateur`).
 */
const WORD = /\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d+)?(?![\p{L}\p{N}])|[^\s\uFFFC]*[\p{L}\p{N}][^\s\uFFFC]*/gu;

/** How many words the first words of a message quote. */
const QUOTED_WORDS = 6;

/**
 * What may end a sentence, then closing quotes, brackets and emphasis (`! »`, `?”`, `.**`; Markdown
 * markup is masked), then white space or the end.
 */
const END = /([.!?…]+)(?:[ \u00a0\u202f]?»|[”"’')\]*_\uFFFC])*(?=\s|$)/gu;

/** An end mark, or a line break that no lower-case word continues. */
const BOUNDARY = new RegExp(`${END.source}|\\n(?![ \\t]*\\p{Ll})`, 'gu');

/** After an end mark, what continues the sentence: a lower-case word, or a comma, semicolon or colon (`« Non ! », dit-il`). */
const CONTINUES = /^[ \u00a0\u202f]*(?:\p{Ll}|[,;:])/u;

/** The token that a full stop ends (`Mme` of `Mme.`, `J.-C` of `J.-C.`). */
const TOKEN_BEFORE = /(?:^|[\s(«“"])([^\s(«“"]*)$/u;

/**
 * Sentences of a block as `[start, end)` offsets into its text, for a language whose section
 * lists `abbreviations`: the parser splits after them (`M.`, `p. ex.`, `art. 12`) and joins
 * across some ends (`n° 12. Il …`), and it starts the next sentence with the closing `»` of
 * a quote. A full stop, `!`, `?` or `…` ends a sentence when white space and no lower-case
 * word follow, except a full stop after one of the abbreviations or a capital initial
 * (`J. Dupont`); a line break ends one unless a lower-case word goes on after it.
 */
function sentenceRanges(text: string, abbreviations: ReadonlySet<string>): [number, number][] {
  const ranges: [number, number][] = [];
  let start = 0;
  const cut = (end: number): void => {
    if (/\S/.test(text.slice(start, end))) ranges.push([start, end]);
    start = end;
  };
  for (const match of text.matchAll(BOUNDARY)) {
    const at = match.index ?? 0;
    const end = at + match[0].length;
    if (match[0] === '\n') {
      cut(at);
      continue;
    }
    if (CONTINUES.test(text.slice(end, end + 8))) continue;
    if (match[1] === '.' && end < text.length) {
      const token = TOKEN_BEFORE.exec(text.slice(Math.max(0, at - 24), at))?.[1] ?? '';
      // `Cf.` at a sentence start is `cf.`; `m.` (metres) is not `M.` (Monsieur).
      const lowerFirst = token.charAt(0).toLowerCase() + token.slice(1);
      if (abbreviations.has(token) || abbreviations.has(lowerFirst) || /^\p{Lu}$/u.test(token)) continue;
    }
    cut(end);
  }
  cut(text.length);
  return ranges;
}

/** The sentences of a block as ranges of its text: the rule's own split when the section lists abbreviations, else the parser's. */
function sentencesOf(block: ProseBlock, analysis: BlockAnalysis, abbreviations: ReadonlySet<string> | undefined): [number, number][] {
  if (abbreviations) return sentenceRanges(block.text, abbreviations);
  return analysis.sentences.map((s) => [s.start - block.start, s.end - block.start]);
}

/** A language section's limit and, if it splits sentences itself, its abbreviations (as written, without the full stop). */
function settingsOf(data: RuleData): { limit: number; abbreviations: Set<string> | undefined } {
  const listed = data.abbreviations === undefined ? undefined : dataStrings(data, 'abbreviations');
  return {
    limit: dataNumber(data, 'maximumWords', 1),
    abbreviations: listed && new Set(listed.map((a) => a.replace(/\.$/, ''))),
  };
}

/**
 * `clear`: sentences of more than `maximumWords` words. The finding covers the whole sentence,
 * so that the author sees where it ends and where it could be split; the message quotes its
 * first words. Block quotes are someone else's text and are skipped.
 */
export const longSentence: Detector = {
  name: 'long-sentence',
  create(spec) {
    // Every language the rule runs in, including those that use another section's data.
    const settings = new Map(spec.meta.languages.map((language) => [language, settingsOf(dataFor(spec, language))]));
    return {
      meta: spec.meta,
      checkBlock: function longSentenceCheck({ block, analysis, language }: BlockContext): Report[] {
        if (block.quoted) return [];
        const { messages } = dataFor(spec, language);
        const { limit, abbreviations } = settings.get(language)!;
        const reports: Report[] = [];
        for (const [from, to] of sentencesOf(block, analysis, abbreviations)) {
          const words = [...block.text.slice(from, to).matchAll(WORD)];
          if (words.length <= limit) continue;
          const last = words[words.length - 1];
          const firstWords = words.slice(0, QUOTED_WORDS).map((w) => w[0]).join(' ');
          reports.push({
            start: block.start + from + (words[0].index ?? 0),
            end: block.start + from + (last.index ?? 0) + last[0].length,
            message: formatMessage(messages.default, { start: `${firstWords}…`, count: String(words.length), limit: String(limit) }),
          });
        }
        return reports;
      },
    };
  },
};
