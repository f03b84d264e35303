/**
 * A pack's dictionary as a sorted array searched by halves: building a Set of 37,800 words
 * cost 25 ms at every start-up, while splitting and (if needed) sorting the list costs a
 * few, and a lookup stays at about 16 comparisons.
 */

/** The one question detectors ask of a word list. */
export interface WordList {
  /** Whether `word` (lower case) is in the list. */
  has(word: string): boolean;
}

/** The words of `text` (separated by white space) as a {@link WordList}. */
export function wordList(text: string): WordList {
  const words = text.split(/\s+/).filter(Boolean);
  for (let i = 1; i < words.length; i++) {
    if (words[i - 1] > words[i]) {
      words.sort();
      break;
    }
  }
  return {
    has(word) {
      let low = 0;
      let high = words.length;
      while (low < high) {
        const mid = (low + high) >> 1;
        if (words[mid] < word) low = mid + 1;
        else high = mid;
      }
      return low < words.length && words[low] === word;
    },
  };
}
