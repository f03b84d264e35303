/** The rules of the `privacy` guideline. */
import type { Rule } from '../../server/src/engine/rule';
import { emailAddress } from './email-address';
import { healthFamilyDetail } from './health-family-detail';
import { idNumber } from './id-number';
import { phoneNumber } from './phone-number';
import { streetAddress } from './street-address';

export const privacyRules: Rule[] = [emailAddress, healthFamilyDetail, idNumber, phoneNumber, streetAddress];
