/** The rules of the `accessibility` guideline. */
import type { Rule } from '../../server/src/engine/rule';

export const accessibilityRules: Rule[] = [];
