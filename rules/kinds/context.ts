/** Context checks that keep hard negatives quiet: links near a claim, negation before a phrase. */
import type { BlockAnalysis, Word } from '../api';
import type { ProseBlock } from '../api';

/**
 * True when a link or a bare URL lies in `[start, end)` of `block`. Bare URLs are in
 * `block.links` too; other masked characters (emphasis marks, inline code) are not links.
 */
export function hasLinkIn(block: ProseBlock, start: number, end: number): boolean {
  return block.links.some((link) => link.start < end && start < link.end);
}

/** Up to `count` words before word `index`, in the same sentence, nearest last. */
export function wordsBefore(analysis: BlockAnalysis, index: number, count: number): Word[] {
  const sentence = analysis.words[index]?.sentence;
  const words: Word[] = [];
  for (let k = index - 1; k >= 0 && words.length < count; k--) {
    if (analysis.words[k].sentence !== sentence) break;
    words.unshift(analysis.words[k]);
  }
  return words;
}

/** A negation word of `negations` (a data list: `not`, `never`, `pas` …) or an English `n't` contraction. */
export function isNegation(word: Word, negations: ReadonlySet<string>): boolean {
  return negations.has(word.normal) || word.normal.endsWith("n't");
}
