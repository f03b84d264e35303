/** The rules of the `privacy` guideline. */
import type { Rule } from '../../server/src/engine/rule';
import { emailAddress } from './email-address';

export const privacyRules: Rule[] = [emailAddress];
