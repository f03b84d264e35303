/**
 * Word lists from data files for pattern rules: a list of phrases matched like rule phrases
 * (`*` = any one word) and asked whether they occur in a sentence or next to a match. These
 * are what keep hard negatives quiet (`confidential` in a sentence about the rule, a number
 * after `arXiv`).
 */
import type { BlockAnalysis, Language, Sentence, Word } from '../api';
import type { Entry } from './data';
import { PhraseIndex, type PhraseMatch } from './phrase-list';

/** The sentence of `analysis` that holds document offset `offset`, if any. */
export function sentenceAt(analysis: BlockAnalysis, offset: number): Sentence | undefined {
  return analysis.sentences.find((s) => s.start <= offset && offset < Math.max(s.end, s.start + 1));
}

/** The index of the first word that starts at or after `offset`, or `words.length`. */
export function wordIndexAt(words: readonly Word[], offset: number): number {
  let low = 0;
  let high = words.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (words[mid].start < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** A plain list of phrases from a data file. */
export class PhraseSet {
  private readonly index: PhraseIndex;
  /**
   * Matches by block, keyed weakly: a list shared by every document must not keep a closed
   * document's block (its words and sentences) alive, as remembering the last block did.
   */
  private readonly byBlock = new WeakMap<BlockAnalysis, { offset: number; matches: PhraseMatch[] }>();

  /** With `language` French, phrase words also match text words with a leading elision, as in {@link PhraseIndex}. */
  constructor(phrases: readonly string[], id = 'context', language?: Language) {
    const entry: Entry = { id, phrases: [...phrases], expected: [], message: 'default', note: '', examples: { flag: [], allow: [] } };
    this.index = new PhraseIndex(phrases.length ? [entry] : [], language);
  }

  /** Every match in the block (remembered while the block lives and stays where it is: a block that moved has new offsets). */
  matches(analysis: BlockAnalysis): PhraseMatch[] {
    const known = this.byBlock.get(analysis);
    if (known?.offset === analysis.origin.offset) return known.matches;
    const matches = this.index.match(analysis);
    this.byBlock.set(analysis, { offset: analysis.origin.offset, matches });
    return matches;
  }

  /** Whether a phrase lies inside `[start, end)` (document offsets). */
  occursIn(analysis: BlockAnalysis, start: number, end: number): boolean {
    return this.matches(analysis).some((m) => m.start >= start && m.end <= end);
  }

  /** Whether a phrase occurs in the sentence that holds `offset`. */
  inSentenceOf(analysis: BlockAnalysis, offset: number): boolean {
    const sentence = sentenceAt(analysis, offset);
    return sentence !== undefined && this.occursIn(analysis, sentence.start, sentence.end);
  }

  /** Whether a phrase lies within the `count` words before `offset`. */
  justBefore(analysis: BlockAnalysis, offset: number, count: number): boolean {
    const first = Math.max(0, wordIndexAt(analysis.words, offset) - count);
    const from = analysis.words[first]?.start ?? offset;
    return this.occursIn(analysis, from, offset);
  }

  /** Whether a phrase starts within the `count` words from `offset` on. */
  justAfter(analysis: BlockAnalysis, offset: number, count: number): boolean {
    const first = wordIndexAt(analysis.words, offset);
    const last = analysis.words[Math.min(analysis.words.length, first + count) - 1];
    if (!last) return false;
    return this.matches(analysis).some((m) => m.start >= offset && m.start <= last.start);
  }
}
