import { hasCitation } from '../kinds/citation';
import { loadRuleData } from '../kinds/data';
import { phraseRule } from '../kinds/phrase-rule';
import en from './unsourced-claim.en.yml';
import fr from './unsourced-claim.fr.yml';

const data = {
  en: loadRuleData(en, 'rules/correct/unsourced-claim.en.yml'),
  fr: loadRuleData(fr, 'rules/correct/unsourced-claim.fr.yml'),
};
const lists = (name: string) => ({ en: new Set(data.en[name] as string[]), fr: new Set(data.fr[name] as string[]) });
const negators = lists('negators');
const questionWords = lists('questionWords');

/** `correct`: "studies show", "scientists agree", "everyone knows" with no link or citation in the same sentence. */
export const unsourcedClaim = phraseRule(
  {
    id: 'unsourced-claim',
    guideline: 'correct',
    description: 'Back a factual claim with a link or a citation, or present it as your opinion.',
    severity: 'warning',
    languages: ['en', 'fr'],
    fix: 'none',
  },
  data,
  {
    when: function unsourcedClaimHasNoSource(match, { block, analysis, language }) {
      if (match.first > 0 && negators[language].has(analysis.words[match.first - 1].normal)) return false;
      if (questionWords[language].has(analysis.words[match.last + 1]?.normal ?? '')) return false;
      return !hasCitation(block, match.sentence.start, match.sentence.end);
    },
  },
);
