/** The rules of the `responsible` guideline. */
import type { Rule } from '../../server/src/engine/rule';
import { inflammatory } from './inflammatory';
import { offTheRecord } from './off-the-record';
import { postingInAnger } from './posting-in-anger';

export const responsibleRules: Rule[] = [inflammatory, offTheRecord, postingInAnger];
