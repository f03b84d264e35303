import { loadRuleData } from '../kinds/data';
import { phraseRule } from '../kinds/phrase-rule';
import en from './posting-in-anger.en.yml';
import fr from './posting-in-anger.fr.yml';

/** `responsible`: a post that says it was written in anger ("posting this while furious", "rant incoming"). */
export const postingInAnger = phraseRule(
  {
    id: 'posting-in-anger',
    guideline: 'responsible',
    description: 'Do not post in anger: what you post stays public.',
    severity: 'warning',
    languages: ['en', 'fr'],
    fix: 'none',
  },
  {
    en: loadRuleData(en, 'rules/responsible/posting-in-anger.en.yml'),
    fr: loadRuleData(fr, 'rules/responsible/posting-in-anger.fr.yml'),
  },
);
