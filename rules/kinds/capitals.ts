/**
 * Words in capitals: acronyms (`LHC`, `HL-LHC`, `LS3`) and shouted words (`THIS IS HUGE`).
 * Shared by clear/acronym-first-use (which must skip shouting) and reasonable/all-caps
 * (which must skip acronyms).
 */
import type { BlockAnalysis, Word } from '../api';
import type { Dictionary } from './dictionary';

/** Capitals, digits and inner hyphens or apostrophes only, with at least one capital letter. */
const CAPS_TOKEN = /^(?=[^\p{Ll}]*\p{Lu})[\p{Lu}\p{N}][\p{Lu}\p{N}'’-]*$/u;

/** True when `text` is written in capitals (`HUGE`, `HL-LHC`, `WP3`). */
export function isCapsToken(text: string): boolean {
  return CAPS_TOKEN.test(text);
}

/** A run of consecutive capitalised words that shouts. */
export interface ShoutedRun {
  start: number;
  end: number;
  /** Indexes into the block's `words`, first and last. */
  first: number;
  last: number;
}

/**
 * Runs of two or more words in capitals of which at least `minimum` are dictionary words that
 * are not abbreviations (`IF TRUE THIS IS HUGE`, not `LHC SPS`). Edges that are abbreviations
 * are trimmed from the run.
 */
export function shoutedRuns(analysis: BlockAnalysis, dictionary: Dictionary, isAbbreviation: (word: string) => boolean, minimum = 2): ShoutedRun[] {
  const runs: ShoutedRun[] = [];
  const { words } = analysis;
  const shouted = (w: Word): boolean => w.text.length > 1 && dictionary.isWord(w.text) && !isAbbreviation(w.text);
  for (let i = 0; i < words.length; i++) {
    if (!isCapsToken(words[i].text)) continue;
    let j = i;
    while (j + 1 < words.length && isCapsToken(words[j + 1].text) && adjacent(words[j], words[j + 1])) j++;
    let first = i;
    let last = j;
    while (first <= last && !shouted(words[first])) first++;
    while (last >= first && !shouted(words[last])) last--;
    let count = 0;
    for (let k = first; k <= last; k++) if (shouted(words[k])) count++;
    if (count >= minimum) runs.push({ start: words[first].start, end: words[last].end, first, last });
    i = j;
  }
  return runs;
}

/** Words of one run are at most a few characters apart (spaces, a comma, a dash), on one line. */
function adjacent(a: Word, b: Word): boolean {
  return b.start - a.end <= 3;
}
