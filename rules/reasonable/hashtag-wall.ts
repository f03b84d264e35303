import { loadRuleData } from '../kinds/data';
import { HASHTAG, runsOf, wallRule } from '../kinds/sequence';
import en from './hashtag-wall.en.yml';

/** `reasonable`: 5 or more hashtags in a row. */
export const hashtagWall = wallRule(
  {
    id: 'hashtag-wall',
    guideline: 'reasonable',
    description: 'Use a few hashtags, not a wall of them.',
    severity: 'warning',
    languages: ['en', 'fr'],
    fix: 'none',
  },
  { en: loadRuleData(en, 'rules/reasonable/hashtag-wall.en.yml') },
  (block, minimum) => runsOf(block, HASHTAG, minimum),
);
