/** The rules of the `link-dont-copy` guideline. */
import type { Rule } from '../../server/src/engine/rule';

export const linkDontCopyRules: Rule[] = [];
