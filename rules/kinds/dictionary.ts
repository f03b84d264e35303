/**
 * A pack's word list for one language (the default pack's English one is SCOWL, see
 * rules/packs/default/dictionary.en.yml) and what rules do with it: ask whether a string is a
 * word, and split a run of letters such as a lower-case hashtag into words.
 */
import type { WordList } from '../pack/word-list';

/** A dictionary's questions, for detectors. */
export interface Dictionary {
  /** True when `word` (any case) is a word of the list. */
  isWord(word: string): boolean;
  /** See {@link segmentWords}. */
  segment(text: string): Segmentation | undefined;
}

/** The questions rules ask of a word list. */
export function dictionaryOf(words: WordList): Dictionary {
  return {
    isWord: (word) => words.has(word.toLowerCase()),
    segment: (text) => segmentWords(text, words),
  };
}

/** How `text` splits into words: the split with the fewest words, and whether another split has as few. */
export interface Segmentation {
  words: string[];
  /** Another split with the same number of words exists, e.g. `pen island` / `penis land`. */
  ambiguous: boolean;
}

/** Longest word the list holds that a split will try; longer parts cannot be words. */
const MAX_WORD = 24;

/**
 * Splits lower-case `text` into dictionary words, using the fewest words (dynamic programming,
 * O(n × {@link MAX_WORD})). Digits stay attached as their own parts (`run3` → `run`, `3`).
 * Returns undefined when no complete split exists.
 */
export function segmentWords(text: string, words: WordList): Segmentation | undefined {
  const n = text.length;
  // best[i]: fewest parts for text[0, i); ways[i]: number of splits with that many parts (capped at 2).
  const best = new Array<number>(n + 1).fill(Infinity);
  const ways = new Array<number>(n + 1).fill(0);
  const from = new Array<number>(n + 1).fill(-1);
  best[0] = 0;
  ways[0] = 1;
  for (let end = 1; end <= n; end++) {
    for (let start = Math.max(0, end - MAX_WORD); start < end; start++) {
      if (best[start] === Infinity || !isPart(text.slice(start, end), words)) continue;
      const count = best[start] + 1;
      if (count < best[end]) {
        best[end] = count;
        ways[end] = ways[start];
        from[end] = start;
      } else if (count === best[end]) {
        ways[end] = Math.min(2, ways[end] + ways[start]);
      }
    }
  }
  if (best[n] === Infinity) return undefined;
  const parts: string[] = [];
  for (let end = n; end > 0; end = from[end]) parts.unshift(text.slice(from[end], end));
  return { words: parts, ambiguous: ways[n] > 1 };
}

function isPart(part: string, words: WordList): boolean {
  if (/^\d+$/.test(part)) return true;
  // The list's single letters (`a`, `i`) are the only one-letter parts: no split into stray letters.
  return words.has(part);
}
