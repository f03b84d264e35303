import { loadRuleData } from '../kinds/data';
import { phraseRule } from '../kinds/phrase-rule';
import en from './inflammatory.en.yml';
import fr from './inflammatory.fr.yml';

/** `responsible`: hostile, inflammatory wording that is not aimed at a person's character ("should be ashamed", "what a joke"). */
export const inflammatory = phraseRule(
  {
    id: 'inflammatory',
    guideline: 'responsible',
    description: 'Keep a public discussion civil: avoid hostile, inflammatory wording.',
    severity: 'warning',
    languages: ['en', 'fr'],
    fix: 'none',
  },
  {
    en: loadRuleData(en, 'rules/responsible/inflammatory.en.yml'),
    fr: loadRuleData(fr, 'rules/responsible/inflammatory.fr.yml'),
  },
);
