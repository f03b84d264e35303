import { loadRuleData } from '../kinds/data';
import { emojiRuns, wallRule } from '../kinds/sequence';
import en from './emoji-screen-reader.en.yml';

/** `accessibility`: four or more emoji in a row, which screen readers read out one by one. */
export const emojiScreenReader = wallRule(
  {
    id: 'emoji-screen-reader',
    guideline: 'accessibility',
    description: 'Do not string emoji together: screen readers read each one out.',
    severity: 'info',
    languages: ['en', 'fr'],
    fix: 'none',
  },
  { en: loadRuleData(en, 'rules/accessibility/emoji-screen-reader.en.yml') },
  emojiRuns,
);
