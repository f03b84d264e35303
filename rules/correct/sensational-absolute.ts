import { loadRuleData } from '../kinds/data';
import { phraseRule } from '../kinds/phrase-rule';
import en from './sensational-absolute.en.yml';
import fr from './sensational-absolute.fr.yml';

/** `correct`: sensational absolutes ("will change your life forever", "100% guaranteed", "never before seen"). */
export const sensationalAbsolute = phraseRule(
  {
    id: 'sensational-absolute',
    guideline: 'correct',
    description: 'Avoid sensational absolutes that present hype as fact.',
    severity: 'info',
    languages: ['en', 'fr'],
    fix: 'none',
  },
  {
    en: loadRuleData(en, 'rules/correct/sensational-absolute.en.yml'),
    fr: loadRuleData(fr, 'rules/correct/sensational-absolute.fr.yml'),
  },
);
