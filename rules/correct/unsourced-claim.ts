import { hasCitation } from '../kinds/citation';
import { loadRuleData } from '../kinds/data';
import { phraseRule } from '../kinds/phrase-rule';
import en from './unsourced-claim.en.yml';

const data = { en: loadRuleData(en, 'rules/correct/unsourced-claim.en.yml') };
const negators = new Set(data.en.negators as string[]);
const questionWords = new Set(data.en.questionWords as string[]);

/** `correct`: "studies show", "scientists agree", "everyone knows" with no link or citation in the same sentence. */
export const unsourcedClaim = phraseRule(
  {
    id: 'unsourced-claim',
    guideline: 'correct',
    description: 'Back a factual claim with a link or a citation, or present it as your opinion.',
    severity: 'warning',
    languages: ['en'],
    fix: 'none',
  },
  data,
  {
    when: function unsourcedClaimHasNoSource(match, { block, analysis }) {
      if (match.first > 0 && negators.has(analysis.words[match.first - 1].normal)) return false;
      if (questionWords.has(analysis.words[match.last + 1]?.normal ?? '')) return false;
      return !hasCitation(block, match.sentence.start, match.sentence.end);
    },
  },
);
