/** The rules of the `correct` guideline. */
import type { Rule } from '../../server/src/engine/rule';

export const correctRules: Rule[] = [];
