import { loadRuleData } from '../kinds/data';
import { emojiRuns, wallRule } from '../kinds/sequence';
import en from './emoji-wall.en.yml';

/** `reasonable`: four or more emoji in a row. */
export const emojiWall = wallRule(
  {
    id: 'emoji-wall',
    guideline: 'reasonable',
    description: 'Use a few emoji, not a wall of them.',
    severity: 'warning',
    languages: ['en', 'fr'],
    fix: 'none',
  },
  { en: loadRuleData(en, 'rules/reasonable/emoji-wall.en.yml') },
  emojiRuns,
);
