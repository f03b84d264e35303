/** The rules of the `endorsement` guideline. */
import type { Rule } from '../../server/src/engine/rule';
import { promotion } from './promotion';

export const endorsementRules: Rule[] = [promotion];
