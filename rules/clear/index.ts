/** The rules of the `clear` guideline. */
import type { Rule } from '../../server/src/engine/rule';

export const clearRules: Rule[] = [];
