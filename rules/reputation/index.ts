/** The rules of the `reputation` guideline. */
import type { Rule } from '../../server/src/engine/rule';

export const reputationRules: Rule[] = [];
