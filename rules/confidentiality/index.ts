/** The rules of the `confidentiality` guideline. */
import type { Rule } from '../../server/src/engine/rule';
import { accessCode } from './access-code';
import { confidentialMarker } from './confidential-marker';
import { contractSum } from './contract-sum';
import { internalHost } from './internal-host';
import { secret } from './secret';

export const confidentialityRules: Rule[] = [accessCode, confidentialMarker, contractSum, internalHost, secret];
