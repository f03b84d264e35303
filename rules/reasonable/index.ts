/** The rules of the `reasonable` guideline. */
import type { Rule } from '../../server/src/engine/rule';

export const reasonableRules: Rule[] = [];
