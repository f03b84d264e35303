/** The rules of the `conduct` guideline. */
import type { Rule } from '../../server/src/engine/rule';
import { nonInclusiveTerm } from './non-inclusive-term';
import { personalAttack } from './personal-attack';
import { profanity } from './profanity';

export const conductRules: Rule[] = [nonInclusiveTerm, personalAttack, profanity];
