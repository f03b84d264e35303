/** The rules of the `clear` guideline. */
import type { Rule } from '../../server/src/engine/rule';
import { acronymFirstUse } from './acronym-first-use';
import { jargon } from './jargon';
import { longSentence } from './long-sentence';

export const clearRules: Rule[] = [acronymFirstUse, jargon, longSentence];
