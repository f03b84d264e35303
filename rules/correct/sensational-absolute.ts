import { loadRuleData } from '../kinds/data';
import { phraseRule } from '../kinds/phrase-rule';
import en from './sensational-absolute.en.yml';

/** `correct`: sensational absolutes ("will change your life forever", "100% guaranteed", "never before seen"). */
export const sensationalAbsolute = phraseRule(
  {
    id: 'sensational-absolute',
    guideline: 'correct',
    description: 'Avoid sensational absolutes that present hype as fact.',
    severity: 'info',
    languages: ['en'],
    fix: 'none',
  },
  { en: loadRuleData(en, 'rules/correct/sensational-absolute.en.yml') },
);
