/** The rules of the `reasonable` guideline. */
import type { Rule } from '../../server/src/engine/rule';
import { allCaps } from './all-caps';
import { emojiWall } from './emoji-wall';
import { exclamationRun } from './exclamation-run';
import { hashtagWall } from './hashtag-wall';
import { mentionWall } from './mention-wall';
import { postLength } from './post-length';

export const reasonableRules: Rule[] = [allCaps, emojiWall, exclamationRun, hashtagWall, mentionWall, postLength];
