import { loadRuleData } from '../kinds/data';
import { MENTION, runsOf, wallRule } from '../kinds/sequence';
import en from './mention-wall.en.yml';

/** `reasonable`: 5 or more mentions in a row. */
export const mentionWall = wallRule(
  {
    id: 'mention-wall',
    guideline: 'reasonable',
    description: 'Mention a few people, not a wall of them.',
    severity: 'warning',
    languages: ['en', 'fr'],
    fix: 'none',
  },
  { en: loadRuleData(en, 'rules/reasonable/mention-wall.en.yml') },
  (block, minimum) => runsOf(block, MENTION, minimum),
);
