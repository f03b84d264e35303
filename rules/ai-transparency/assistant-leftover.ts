import type { BlockContext, Report, Rule } from '../../server/src/engine/rule';
import { loadRuleData } from '../kinds/data';
import { phraseRule } from '../kinds/phrase-rule';
import en from './assistant-leftover.en.yml';
import fr from './assistant-leftover.fr.yml';

const phrases = phraseRule(
  {
    id: 'assistant-leftover',
    guideline: 'ai-transparency',
    description: 'Remove what an AI assistant wrote to you, and say that you used AI.',
    severity: 'warning',
    languages: ['en', 'fr'],
    fix: 'none',
  },
  { en: loadRuleData(en, 'rules/ai-transparency/assistant-leftover.en.yml'), fr: loadRuleData(fr, 'rules/ai-transparency/assistant-leftover.fr.yml') },
);

/** Only spaces, punctuation and a conjunction between two leftovers ("As an AI language model, I don't have personal experiences, but here is …"). */
const JOINER = /^[\s,;:.!?—–-]*(?:(?:but|and|so|mais|et)[\s,]+)?$/i;

/** One finding per leftover: matches separated only by punctuation merge, keeping the first message. */
function mergeAdjacent(reports: Report[], { block }: BlockContext): Report[] {
  const merged: Report[] = [];
  for (const report of [...reports].sort((a, b) => a.start - b.start)) {
    const previous = merged[merged.length - 1];
    if (previous && JOINER.test(block.text.slice(previous.end - block.start, report.start - block.start))) previous.end = report.end;
    else merged.push({ ...report });
  }
  return merged;
}

/** `ai-transparency`: what an AI assistant says about itself or to its user, left in a post. */
export const assistantLeftover: Rule & { data: typeof phrases.data } = {
  ...phrases,
  checkBlock: function assistantLeftoverCheck(context: BlockContext): Report[] {
    return mergeAdjacent(phrases.checkBlock?.(context) ?? [], context);
  },
};
