/** The rules of the `link-dont-copy` guideline. */
import type { Rule } from '../../server/src/engine/rule';
import { pastedPassage } from './pasted-passage';

export const linkDontCopyRules: Rule[] = [pastedPassage];
