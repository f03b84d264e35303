/** The rules of the `intellectual-property` guideline. */
import type { Rule } from '../../server/src/engine/rule';

export const intellectualPropertyRules: Rule[] = [];
