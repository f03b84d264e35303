/**
 * The phrase-list kind: finds data-file phrases in a block's words through one index keyed
 * on each phrase's first word, so a block is scanned once whatever the number of phrases.
 * Phrases are literal words, matched case-insensitively across punctuation (so that
 * `certainly! here's` matches); `*` stands for any one word. In French, a word of a phrase
 * also matches the word with a leading elision (`abruti` matches `l'abruti` and `l’abruti`,
 * as in the pattern language), while a phrase word written with its elision (`d'une`) only
 * matches that elision.
 */
import type { Paragraph as NlcstParagraph, Sentence as NlcstSentence, SentenceContent } from 'nlcst';
import { isLiteral } from 'nlcst-is-literal';
import { toString } from 'nlcst-to-string';
import { normalizeWord, trimEdges, type BlockAnalysis, type Language, type Sentence } from '../api';
import type { Entry } from './data';
import { PhraseHub, type HubPhrase } from './phrase-hub';

/** A phrase found in the text. */
export interface PhraseMatch {
  entry: Entry;
  /** Document offsets. */
  start: number;
  end: number;
  /** The sentence of the first matched word. */
  sentence: Sentence;
  /** Indexes into the block's `words` of the first and last matched word. */
  first: number;
  last: number;
  /** A word matched without its leading elision (`abruti` in `l'abruti`): a replacement of the whole match would drop it. */
  elided?: boolean;
}

const LEADING_PUNCTUATION = /[^\p{L}\p{N}*#@]/u;
const TRAILING_PUNCTUATION = /[^\p{L}\p{N}*]/u;

/** Splits a data phrase into normalised words the way the parser splits text. */
export function phraseWords(phrase: string): string[] {
  return phrase.split(/\s+/).map((w) => normalizeWord(trimEdges(w, LEADING_PUNCTUATION, TRAILING_PUNCTUATION))).filter(Boolean);
}

/**
 * An index of phrases by their first word. Its words are looked up in the {@link PhraseHub}
 * of its language, once per block for every index of the pack.
 */
export class PhraseIndex {
  private readonly hub: PhraseHub;
  private readonly owner: number;
  private readonly french: boolean;

  /** With `language` French, phrase words also match text words that carry a leading elision. */
  constructor(entries: readonly Entry[], language?: Language) {
    const phrases: HubPhrase[] = [];
    for (const entry of entries) {
      for (const phrase of entry.phrases) {
        const words = phraseWords(phrase);
        if (words.length === 0 || words[0] === '*') throw new Error(`phrase \`${phrase}\` of \`${entry.id}\` must start with a word`);
        phrases.push({ words, entry });
      }
    }
    // Longest phrase first (stable), so that nested phrases keep the longest match. Sorted once,
    // after all phrases are in: sorting after each insert made a long list cost its square (issue 12).
    phrases.sort((a, b) => b.words.length - a.words.length);
    this.french = language === 'fr';
    this.hub = PhraseHub.of(this.french);
    this.owner = this.hub.register(this, phrases);
  }

  /** Every non-overlapping match in a block, the longest at each position. */
  match(analysis: BlockAnalysis): PhraseMatch[] {
    const { words, sentences } = analysis;
    return this.hub.matchesOf(this.owner, analysis).map(({ entry, words: phrase, first, last }) => {
      const match: PhraseMatch = { entry, start: words[first].start, end: words[last].end, sentence: sentences[words[first].sentence], first, last };
      if (this.french && phrase.some((word, k) => word !== '*' && word !== words[first + k].normal)) match.elided = true;
      return match;
    });
  }
}

/**
 * The word form nlcst-search compares (nlcst-normalize's defaults): lower case, `’` as `'`,
 * dashes removed, and apostrophes removed unless `keepApostrophes`.
 */
export function searchForm(word: string, keepApostrophes = false): string {
  const form = word.toLowerCase().replace(/’/g, "'").replace(/-/g, '');
  return keepApostrophes ? form : form.replace(/'/g, '');
}

/** A phrase of a {@link SearchIndex}: words separated by single spaces, `*` = any one word. */
export interface SearchPhrase<T> {
  phrase: string;
  value: T;
  /** Compare apostrophes instead of dropping them (nlcst-search's `allowApostrophes`). */
  keepApostrophes?: boolean;
}

/** A phrase found by a {@link SearchIndex}, with document offsets. */
export interface SearchMatch<T> {
  value: T;
  phrase: string;
  start: number;
  end: number;
}

interface SearchEntry<T> {
  /** Search forms of the words after the first (`*` = any word). */
  rest: string[];
  keepApostrophes: boolean;
  phrase: string;
  value: T;
}

/**
 * Finds phrases with the matching rules of nlcst-search (what retext-equality and
 * retext-profanities use), through one index built once and keyed on the first word's search
 * form: words compare in {@link searchForm}, the words of a phrase are adjacent word nodes of
 * one sentence with only white space between them, a word that is literal (quoted, in
 * parentheses, or set off by a dash or colon: nlcst-is-literal) starts no phrase, and every
 * phrase that matches is reported, overlapping ones included (rules or the engine keep the
 * longest). The tree is only read at words that start a phrase.
 */
export class SearchIndex<T> {
  private readonly byFirstWord = new Map<string, SearchEntry<T>[]>();

  constructor(phrases: Iterable<SearchPhrase<T>>) {
    for (const { phrase, value, keepApostrophes = false } of phrases) {
      const [first, ...rest] = phrase.split(' ').map((word) => (word === '*' ? word : searchForm(word, keepApostrophes)));
      if (!first || first === '*') throw new Error(`search phrase \`${phrase}\` must start with a word`);
      const list = this.byFirstWord.get(first);
      const entry = { rest, keepApostrophes, phrase, value };
      if (list) list.push(entry);
      else this.byFirstWord.set(first, [entry]);
    }
  }

  /** Every match in a block whose text starts at document offset `blockStart`. */
  match(analysis: BlockAnalysis, blockStart: number): SearchMatch<T>[] {
    const matches: SearchMatch<T>[] = [];
    let sentenceNodes: NlcstSentence[] | undefined;
    for (const word of analysis.words) {
      const candidates = this.candidates(word.normal, word.text);
      if (candidates.length === 0) continue;
      sentenceNodes ??= sentencesOf(analysis);
      const parent = sentenceNodes[word.sentence];
      const offset = word.start - blockStart;
      const index = parent.children.findIndex((node) => node.type === 'WordNode' && node.position?.start.offset === offset);
      if (index === -1 || isLiteral(parent, index)) continue;
      for (const candidate of candidates) {
        const last = matchRest(candidate, parent.children, index);
        if (last === undefined) continue;
        const end = parent.children[last].position?.end.offset ?? offset;
        matches.push({ value: candidate.value, phrase: candidate.phrase, start: word.start, end: blockStart + end });
      }
    }
    return matches;
  }

  /** The phrases that may start at a word (by its `normal` form and its text). */
  private candidates(normal: string, text: string): SearchEntry<T>[] {
    // Most words have no apostrophe or dash: their normal form is their search form in both modes.
    if (!normal.includes("'") && !normal.includes('-')) return this.byFirstWord.get(normal) ?? NONE;
    const dropped = this.byFirstWord.get(searchForm(text))?.filter((entry) => !entry.keepApostrophes) ?? NONE;
    const kept = this.byFirstWord.get(searchForm(text, true))?.filter((entry) => entry.keepApostrophes) ?? NONE;
    return kept.length === 0 ? dropped : dropped.concat(kept);
  }
}

const NONE: never[] = [];

/** The tree's sentence nodes, in the order of the analysis's sentences. */
function sentencesOf({ tree }: BlockAnalysis): NlcstSentence[] {
  const sentences: NlcstSentence[] = [];
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue;
    for (const sentence of (paragraph as NlcstParagraph).children) if (sentence.type === 'SentenceNode') sentences.push(sentence);
  }
  return sentences;
}

/** nlcst-search's test of a phrase's other words after the word at `at`: the index of its last word node, or undefined. */
function matchRest({ rest, keepApostrophes }: SearchEntry<unknown>, siblings: readonly SentenceContent[], at: number): number | undefined {
  let position = at + 1;
  for (const expected of rest) {
    while (position < siblings.length && siblings[position].type === 'WhiteSpaceNode') position++;
    const sibling = siblings[position];
    if (!sibling || sibling.type !== 'WordNode') return undefined;
    if (expected !== '*' && searchForm(toString(sibling), keepApostrophes) !== expected) return undefined;
    position++;
  }
  return position - 1;
}
