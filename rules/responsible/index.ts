/** The rules of the `responsible` guideline. */
import type { Rule } from '../../server/src/engine/rule';

export const responsibleRules: Rule[] = [];
