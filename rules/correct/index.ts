/** The rules of the `correct` guideline. */
import type { Rule } from '../../server/src/engine/rule';
import { rumour } from './rumour';
import { sensationalAbsolute } from './sensational-absolute';
import { unsourcedClaim } from './unsourced-claim';

export const correctRules: Rule[] = [rumour, sensationalAbsolute, unsourcedClaim];
