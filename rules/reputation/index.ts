/** The rules of the `reputation` guideline. */
import type { Rule } from '../../server/src/engine/rule';
import { disparaging } from './disparaging';

export const reputationRules: Rule[] = [disparaging];
