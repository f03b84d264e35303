import type { BlockAnalysis, DocumentContext, ProseBlock, Report } from '../api';
import { dataNumber, dataStrings, formatMessage, type RuleData } from '../kinds/data';
import { dataFor, type Detector } from '../pack/spec';

/**
 * A word: digits grouped by spaces (`1 234,5` with a no-break or a plain space is one number),
 * else a run of non-space characters with a letter or a digit (masked URLs and code hold neither),
 * so that an elision stays with its word (`l'accélérateur`). {@link wordsOf} reads the runs with
 * {@link TOKEN} and keeps those with a letter or a digit: a pattern that asked for the letter
 * itself (`[^\s]*[\p{L}\p{N}][^\s]*`) would rescan a long run without one (dots, dashes, emoji)
 * from each of its characters, in time that grows with the square of its length.
 */
const TOKEN = /\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d+)?(?![\p{L}\p{N}])|[^\s\uFFFC]+/gu;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** The words of `text` (see {@link TOKEN}), as matches. */
export function wordsOf(text: string): RegExpExecArray[] {
  const words: RegExpExecArray[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) if (LETTER_OR_DIGIT.test(m[0])) words.push(m);
  return words;
}

/**
 * Template placeholders, which a tool fills in before the post goes out: `{{ first_name }}`,
 * `{% if … %}`, `${name}`, `{name}`, `[[name]]`, `%s`. They are masked before sentences are
 * split and words counted (bounded runs, no nesting: linear).
 */
const TEMPLATE = /\{\{[^{}\n]{0,80}\}\}|\{%[^{}\n]{0,80}%\}|\$\{[^{}\n]{0,60}\}|\{[\p{L}\p{N}_.-]{1,40}\}|\[\[[\p{L}\p{N}_. -]{1,40}\]\]|%[sd](?![\p{L}\p{N}])/gu;

/** An HTML line break (`<br>`, `<br/>`, `<br />`) in the source, masked in the block's text. */
const HTML_BREAK = /<br\s{0,4}\/?>/gi;

/** How many words the first words of a message quote. */
const QUOTED_WORDS = 6;

/**
 * What may end a sentence, then closing quotes, brackets and emphasis (`! »`, `?”`, `.**`, `.)`,
 * a footnote mark `.[^1]`: Markdown markup is masked), then white space or the end. Only from
 * the first mark of a run: tried from each mark of a long run (`.....x`), it would rescan the
 * rest of the run each time.
 */
const END = /(?<![.!?…])([.!?…]+)(?:[ \u00a0\u202f]?»|[”"’')\]*_\uFFFC])*(?=\s|$)/gu;

/** An end mark, a line break, or a hard break (see {@link HARD_BREAK}). */
const BOUNDARY = new RegExp(`${END.source}|\\n|\u2029`, 'gu');


/** The next line starts with a lower-case word, after indentation, markup, an opening bracket or quote. */
const NEXT_LINE_LOWER = /^[ \t\uFFFC*_(\["“«‘]{0,12}\p{Ll}/u;

/** The line before a break ends with a comma, semicolon, dash, opening bracket or joining slash: the sentence goes on. */
const LINE_OPEN = /[,;(\[/&+–—-][ \t\uFFFC]*$/u;

/** The last word of the line before a break (masked markup skipped). */
const LAST_WORD = /([\p{L}\p{N}'’]+)[\uFFFC*_ \t]*$/u;

/** The token that a full stop ends (`Mme` of `Mme.`, `J.-C` of `J.-C.`). */
const TOKEN_BEFORE = /(?:^|[\s(«“"\uFFFC])([^\s(«“"\uFFFC]*)$/u;

/** How a language splits sentences (see long-sentence.yml). */
interface Splitting {
  /** Never end a sentence after these (`M`, `Dr`, `e.g`). */
  abbreviations: ReadonlySet<string>;
  /** End a sentence before a capital, not before a lower-case word (`etc`, `approx`). */
  softAbbreviations: ReadonlySet<string>;
  /** A line that ends with one of these words goes on on the next line (`the`, `and`). */
  lineContinues: ReadonlySet<string>;
}

/** A paragraph separator stands for an HTML line break: it always ends a sentence (and is white space, so it separates words). */
const HARD_BREAK = '\u2029';

/** After an end mark, on the same line: a lower-case word, or a comma, semicolon or colon (`« Non ! », dit-il`). */
const CONTINUES = /^[ \u00a0\u202f]*(?:\p{Ll}|[,;:])/u;

/** After a full stop, on the same line or the next: a comma, semicolon or colon. */
const PUNCTUATION_FOLLOWS = /^[ \u00a0\u202f]*(?:\n[ \t]*)?[,;:]/u;

/** After a full stop, on the same line or the next: a lower-case word. */
const LOWER_FOLLOWS = /^[ \u00a0\u202f]*(?:\n[ \t]*)?[\uFFFC*_(\["“«‘]{0,4}\p{Ll}/u;

/**
 * A label in bold at the start of a paragraph, with its colon (`**Goals:**`, `**Jane Doe**:`;
 * the emphasis is masked): a heading of its own, not the first words of the sentence after it.
 */
const LABEL = /^[ \t]*\uFFFC{1,3}[^\n\uFFFC.!?]{1,60}?(?::[ \t]*\uFFFC{1,3}|\uFFFC{1,3}[ \t]*:)/u;

/** A blank line, or the end of the text. */
const BLANK_LINE = /^[ \t]*(?:\n|$)/u;

/**
 * Sentences of a text as `[start, end)` offsets. A full stop, `!`, `?` or `…` (closing quotes,
 * brackets and masked emphasis or footnote marks after it) ends a sentence when white space
 * follows, except:
 * - a comma, semicolon or colon after it (`« Non ! », dit-il`);
 * - after `!`, `?` or `…`, a lower-case word on the same line (`“Stop!” she said`);
 * - after a full stop, one of the `abbreviations` (`Dr.`, `M.`, `e.g.`) or a capital initial
 *   (`J. Dupont`) before it;
 * - after a full stop, a lower-case word next when the stop ends a word of the
 *   `softAbbreviations` (`etc.`, `approx.`) or a dotted one (`a.m.`, `U.S.`); after any other
 *   word or number, a lower-case word starts a new sentence (`… this year. bob thinks`, where
 *   the next sentence starts with a user name).
 * A line break ends a sentence unless the next line starts in lower case, or the line before
 * ends with a comma, semicolon, dash or opening bracket, or with one of the `lineContinues`
 * words (`the`, `and`: the author wrapped the line inside the sentence). An HTML line break
 * always ends one. A bold label at the start (`**Goals:**`) is a sentence of its own.
 */
export function sentenceRanges(text: string, split: Splitting): [number, number][] {
  const ranges: [number, number][] = [];
  let start = 0;
  const cut = (end: number): void => {
    if (/\S/.test(text.slice(start, end))) ranges.push([start, end]);
    start = end;
  };
  const label = LABEL.exec(text);
  if (label) cut(label[0].length);
  for (const match of text.matchAll(BOUNDARY)) {
    const at = match.index ?? 0;
    const end = at + match[0].length;
    if (match[0] === '\n') {
      if (lineBreakEnds(text, at, split)) cut(at);
      continue;
    }
    if (match[0] === HARD_BREAK) {
      cut(at);
      continue;
    }
    const after = text.slice(end, end + 24);
    if (match[1] === '.') {
      if (end >= text.length) {
        cut(end);
        continue;
      }
      const token = TOKEN_BEFORE.exec(text.slice(Math.max(0, at - 24), at))?.[1] ?? '';
      // `Cf.` at a sentence start is `cf.`; `m.` (metres) is not `M.` (Monsieur).
      const lowerFirst = token.charAt(0).toLowerCase() + token.slice(1);
      const listed = (set: ReadonlySet<string>): boolean => set.has(token) || set.has(lowerFirst);
      if (listed(split.abbreviations) || /^\p{Lu}$/u.test(token) || PUNCTUATION_FOLLOWS.test(after)) continue;
      if (LOWER_FOLLOWS.test(after) && (listed(split.softAbbreviations) || token.includes('.'))) continue;
    } else if (CONTINUES.test(after)) {
      continue;
    }
    cut(end);
  }
  cut(text.length);
  return ranges;
}

/** Whether the line break at `at` ends the sentence (see {@link sentenceRanges}). */
function lineBreakEnds(text: string, at: number, split: Splitting): boolean {
  const next = text.slice(at + 1, at + 40);
  if (BLANK_LINE.test(next)) return true;
  if (NEXT_LINE_LOWER.test(next)) return false;
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const before = text.slice(Math.max(lineStart, at - 60), at);
  if (LINE_OPEN.test(before)) return false;
  const last = LAST_WORD.exec(before)?.[1];
  return !(last && split.lineContinues.has(last.toLowerCase().replace(/’/g, "'")));
}

/** The sentences of a block as ranges of `text` (the block's text with placeholders masked): the rule's own split when the section has its lists, else the parser's. */
function sentencesOf(text: string, block: ProseBlock, analysis: BlockAnalysis, split: Splitting | undefined): [number, number][] {
  if (split) return sentenceRanges(text, split);
  return analysis.sentences.map((s) => [s.start - block.start, s.end - block.start]);
}

/** A language section's limit and, if it splits sentences itself, its lists (abbreviations as written, without the full stop). */
function settingsOf(data: RuleData): { limit: number; split: Splitting | undefined } {
  const list = (key: string): Set<string> => new Set(data[key] === undefined ? [] : dataStrings(data, key).map((a) => a.replace(/\.$/, '')));
  return {
    limit: dataNumber(data, 'maximumWords', 1),
    split: data.abbreviations === undefined ? undefined : {
      abbreviations: list('abbreviations'),
      softAbbreviations: list('softAbbreviations'),
      lineContinues: new Set([...list('lineContinues')].map((w) => w.toLowerCase())),
    },
  };
}

/**
 * The text that sentences are split in and words counted in: the block's text with template
 * placeholders masked, and with HTML line breaks (masked markup in the block, `<br>` in the
 * source) as hard breaks. Same length as the block's text.
 */
export function splittableText(block: ProseBlock, source: string): string {
  const chars = block.text.replace(TEMPLATE, (token) => '\uFFFC'.repeat(token.length)).split('');
  const original = source.slice(block.start, block.start + block.text.length);
  if (original.includes('<')) {
    for (const br of original.matchAll(HTML_BREAK)) {
      const at = br.index ?? 0;
      if (chars.slice(at, at + br[0].length).every((c) => c === '\uFFFC')) chars[at] = HARD_BREAK;
    }
  }
  return chars.join('');
}

/**
 * `clear`: sentences of more than `maximumWords` words. The finding covers the whole sentence,
 * so that the author sees where it ends and where it could be split; the message quotes its
 * first words. Block quotes are someone else's text and are skipped. A document rule, so that
 * it can see HTML line breaks in the source.
 */
export const longSentence: Detector = {
  name: 'long-sentence',
  create(spec) {
    // Every language the rule runs in, including those that use another section's data.
    const settings = new Map(spec.meta.languages.map((language) => [language, settingsOf(dataFor(spec, language))]));
    return {
      meta: spec.meta,
      checkDocument: function longSentenceCheck({ prose, analyses, language, source }: DocumentContext): Report[] {
        const section = settings.get(language);
        if (!section) return [];
        const { messages } = dataFor(spec, language);
        const { limit, split } = section;
        const reports: Report[] = [];
        prose.blocks.forEach((block, index) => {
          if (block.quoted) return;
          const text = splittableText(block, source);
          for (const [from, to] of sentencesOf(text, block, analyses[index], split)) {
            const words = wordsOf(text.slice(from, to));
            if (words.length <= limit) continue;
            const last = words[words.length - 1];
            const firstWords = words.slice(0, QUOTED_WORDS).map((w) => w[0]).join(' ');
            reports.push({
              start: block.start + from + (words[0].index ?? 0),
              end: block.start + from + (last.index ?? 0) + last[0].length,
              message: formatMessage(messages.default, { start: `${firstWords}…`, count: String(words.length), limit: String(limit) }),
            });
          }
        });
        return reports;
      },
    };
  },
};
