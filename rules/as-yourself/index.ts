/** The rules of the `as-yourself` guideline. */
import type { Rule } from '../../server/src/engine/rule';

export const asYourselfRules: Rule[] = [];
