/** The rules of the `endorsement` guideline. */
import type { Rule } from '../../server/src/engine/rule';

export const endorsementRules: Rule[] = [];
