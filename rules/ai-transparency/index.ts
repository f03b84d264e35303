/** The rules of the `ai-transparency` guideline. */
import type { Rule } from '../../server/src/engine/rule';
import { assistantLeftover } from './assistant-leftover';

export const aiTransparencyRules: Rule[] = [assistantLeftover];
