/** The rules of the `intellectual-property` guideline. */
import type { Rule } from '../../server/src/engine/rule';
import { organisationLogo } from './organisation-logo';
import { uncreditedImage } from './uncredited-image';

export const intellectualPropertyRules: Rule[] = [organisationLogo, uncreditedImage];
