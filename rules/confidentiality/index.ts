/** The rules of the `confidentiality` guideline. */
import type { Rule } from '../../server/src/engine/rule';

export const confidentialityRules: Rule[] = [];
