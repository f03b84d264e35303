/**
 * The phrase-list kind: finds data-file phrases in a block's words through one index keyed
 * on each phrase's first word, so a block is scanned once whatever the number of phrases.
 * Phrases are literal words, matched case-insensitively across punctuation (so that
 * `certainly! here's` matches); `*` stands for any one word.
 */
import { normalizeWord, type BlockAnalysis, type Sentence } from '../../server/src/engine/analysis';
import type { Entry } from './data';

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
}

interface Phrase {
  words: string[];
  entry: Entry;
}

const EDGE_PUNCTUATION = /^[^\p{L}\p{N}*#@]+|[^\p{L}\p{N}*]+$/gu;

/** Splits a data phrase into normalised words the way the parser splits text. */
export function phraseWords(phrase: string): string[] {
  return phrase.split(/\s+/).map((w) => normalizeWord(w.replace(EDGE_PUNCTUATION, ''))).filter(Boolean);
}

/** An index of phrases by their first word. */
export class PhraseIndex {
  private readonly byFirstWord = new Map<string, Phrase[]>();

  constructor(entries: readonly Entry[]) {
    for (const entry of entries) {
      for (const phrase of entry.phrases) {
        const words = phraseWords(phrase);
        if (words.length === 0 || words[0] === '*') throw new Error(`phrase \`${phrase}\` of \`${entry.id}\` must start with a word`);
        const list = this.byFirstWord.get(words[0]) ?? [];
        list.push({ words, entry });
        // Longest phrase first, so that nested phrases keep the longest match.
        list.sort((a, b) => b.words.length - a.words.length);
        this.byFirstWord.set(words[0], list);
      }
    }
  }

  /** Every non-overlapping match in a block, the longest at each position. */
  match({ words, sentences }: BlockAnalysis): PhraseMatch[] {
    const matches: PhraseMatch[] = [];
    for (let i = 0; i < words.length; i++) {
      const candidates = this.byFirstWord.get(words[i].normal);
      if (!candidates) continue;
      const phrase = candidates.find((c) => matchesAt(c.words, words, i));
      if (!phrase) continue;
      const last = i + phrase.words.length - 1;
      matches.push({ entry: phrase.entry, start: words[i].start, end: words[last].end, sentence: sentences[words[i].sentence], first: i, last });
      i = last;
    }
    return matches;
  }
}

function matchesAt(phrase: readonly string[], words: readonly { normal: string }[], at: number): boolean {
  if (at + phrase.length > words.length) return false;
  return phrase.every((word, k) => word === '*' || word === words[at + k].normal);
}
