/**
 * A pack's dictionary searched by halves in its own text: the default pack's lists (37,800 and
 * 51,400 words) are already sorted, and splitting them into arrays cost 15 ms each at every
 * start, more than all the lookups of a session. The text is read as it is: a lookup finds
 * the word around a middle offset, about 17 steps for the largest list, with no allocation.
 * A list whose words are out of order is sorted once, on its first lookup. The default pack's
 * lists are known sorted at build time (rules/kinds/pattern/precompiled.ts), which saves the
 * check (~10 ms at start).
 */

import { sortedWords } from '../kinds/pattern/precompiled';

/** The one question detectors ask of a word list. */
export interface WordList {
  /** Whether `word` (lower case) is in the list. */
  has(word: string): boolean;
}

/** Answers remembered per list: posts repeat their common words, and a remembered answer costs a tenth of a search. */
const REMEMBERED = 20_000;

/** The words of `text` (separated by white space) as a {@link WordList}. */
export function wordList(text: string): WordList {
  let sorted: string | undefined;
  const answers = new Map<string, boolean>();
  return {
    has(word) {
      let answer = answers.get(word);
      if (answer === undefined) {
        sorted ??= sortedWords(text, isSorted) ? text : text.split(/\s+/).filter(Boolean).sort().join(' ');
        answer = word !== '' && contains(sorted, word);
        if (answers.size >= REMEMBERED) answers.clear();
        answers.set(word, answer);
      }
      return answer;
    },
  };
}

const isSeparator = (code: number): boolean => code === 32 || code === 10 || code === 9 || code === 13;

/** `text.slice(start, end)` compared with `other.slice(from, to)` in code-unit order, without slicing: <0, 0 or >0. */
function compareAt(text: string, start: number, end: number, other: string, from = 0, to = other.length): number {
  const length = Math.min(end - start, to - from);
  for (let i = 0; i < length; i++) {
    const difference = text.charCodeAt(start + i) - other.charCodeAt(from + i);
    if (difference !== 0) return difference;
  }
  return end - start - (to - from);
}

/** The end of the word that starts at `start`. */
function endOf(text: string, start: number): number {
  let end = start;
  while (end < text.length && !isSeparator(text.charCodeAt(end))) end++;
  return end;
}

/** Whether the words of `text` are in code-unit order (the order binary search needs). */
function isSorted(text: string): boolean {
  let previous = -1;
  let previousEnd = -1;
  for (let at = 0; at < text.length; ) {
    if (isSeparator(text.charCodeAt(at))) {
      at++;
      continue;
    }
    const end = endOf(text, at);
    if (previous >= 0 && compareAt(text, previous, previousEnd, text, at, end) > 0) return false;
    previous = at;
    previousEnd = end;
    at = end;
  }
  return true;
}

/** Binary search over the offsets of sorted `text`: the word around the middle offset decides the half. */
function contains(text: string, word: string): boolean {
  let low = 0;
  let high = text.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    let start = middle;
    while (start > low && !isSeparator(text.charCodeAt(start - 1))) start--;
    while (start < high && isSeparator(text.charCodeAt(start))) start++;
    if (start >= high) {
      high = middle;
      continue;
    }
    const end = endOf(text, start);
    const order = compareAt(text, start, end, word);
    if (order === 0) return true;
    if (order < 0) low = end;
    else high = start;
  }
  return false;
}
