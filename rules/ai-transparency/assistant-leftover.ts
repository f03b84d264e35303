import type { BlockContext, Report } from '../api';
import { dataSet } from '../kinds/data';
import { phraseRule } from '../kinds/phrase-rule';
import { type Detector, perLanguage } from '../pack/spec';

/**
 * Only spaces, punctuation and one word between two leftovers ("As an AI language model, I
 * don't have personal experiences, but here is …"); the word must be one of the language's
 * `joiners` (data).
 */
const JOINER = /^[\s,;:.!?—–-]*(?:(\p{L}+)[\s,]+)?$/u;

/** One finding per leftover: matches separated only by punctuation merge, keeping the first message. */
function mergeAdjacent(reports: Report[], { block }: BlockContext, joiners: ReadonlySet<string>): Report[] {
  const merged: Report[] = [];
  for (const report of [...reports].sort((a, b) => a.start - b.start)) {
    const previous = merged[merged.length - 1];
    const between = previous && JOINER.exec(block.text.slice(previous.end - block.start, report.start - block.start));
    if (between && (between[1] === undefined || joiners.has(between[1].toLowerCase()))) previous.end = report.end;
    else merged.push({ ...report });
  }
  return merged;
}

/** `ai-transparency`: what an AI assistant says about itself or to its user, left in a post. */
export const assistantLeftover: Detector = {
  name: 'assistant-leftover',
  create(spec, resources) {
    const phrases = phraseRule(spec.meta, spec.data, { resources });
    const joiners = perLanguage(spec, (file) => dataSet(file, 'joiners'));
    return {
      meta: spec.meta,
      checkBlock: function assistantLeftoverCheck(context: BlockContext): Report[] {
        return mergeAdjacent(phrases.checkBlock?.(context) ?? [], context, joiners.get(context.language) ?? new Set());
      },
    };
  },
};
