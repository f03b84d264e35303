/** The rules of the `as-yourself` guideline. */
import type { Rule } from '../../server/src/engine/rule';
import { missingDisclaimer } from './missing-disclaimer';
import { overstatedRole } from './overstated-role';
import { speaksForOrganisation } from './speaks-for-organisation';

export const asYourselfRules: Rule[] = [missingDisclaimer, overstatedRole, speaksForOrganisation];
