/** The rules of the `ai-transparency` guideline. */
import type { Rule } from '../../server/src/engine/rule';
import { assistantLeftover } from './assistant-leftover';
import { placeholder } from './placeholder';

export const aiTransparencyRules: Rule[] = [assistantLeftover, placeholder];
