/** The rules of the `conduct` guideline. */
import type { Rule } from '../../server/src/engine/rule';

export const conductRules: Rule[] = [];
