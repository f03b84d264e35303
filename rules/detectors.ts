/**
 * The built-in detectors: code for what a pattern cannot express (phone numbers, secrets,
 * alt text, first use of an acronym, sentence length …). A pack names a detector and gives
 * it data; each detector lives in the folder of the guideline it serves, beside nothing but
 * its code (its data is in the pack).
 */
import { emojiBullet } from './accessibility/emoji-bullet';
import { hashtagCase } from './accessibility/hashtag-case';
import { imageAltText } from './accessibility/image-alt-text';
import { linkText } from './accessibility/link-text';
import { assistantLeftover } from './ai-transparency/assistant-leftover';
import { placeholder } from './ai-transparency/placeholder';
import { missingDisclaimer } from './as-yourself/missing-disclaimer';
import { overstatedRole } from './as-yourself/overstated-role';
import { speaksForOrganisation } from './as-yourself/speaks-for-organisation';
import { acronymFirstUse } from './clear/acronym-first-use';
import { jargon } from './clear/jargon';
import { longSentence } from './clear/long-sentence';
import { nonInclusiveTerm } from './conduct/non-inclusive-term';
import { personalAttack } from './conduct/personal-attack';
import { profanity } from './conduct/profanity';
import { accessCode } from './confidentiality/access-code';
import { confidentialMarker } from './confidentiality/confidential-marker';
import { contractSum } from './confidentiality/contract-sum';
import { internalHost } from './confidentiality/internal-host';
import { secret } from './confidentiality/secret';
import { rumour } from './correct/rumour';
import { unsourcedClaim } from './correct/unsourced-claim';
import { promotion } from './endorsement/promotion';
import { organisationLogo } from './intellectual-property/organisation-logo';
import { uncreditedImage } from './intellectual-property/uncredited-image';
import { pastedPassage } from './link-dont-copy/pasted-passage';
import { emailAddress } from './privacy/email-address';
import { healthFamilyDetail } from './privacy/health-family-detail';
import { idNumber } from './privacy/id-number';
import { phoneNumber } from './privacy/phone-number';
import { streetAddress } from './privacy/street-address';
import { allCaps } from './reasonable/all-caps';
import { postLength } from './reasonable/post-length';
import { disparaging } from './reputation/disparaging';
import { offTheRecord } from './responsible/off-the-record';
import type { Detector } from './pack/spec';

/** Every built-in detector, by the name packs use (`detector: phone-number`). */
export const detectors: ReadonlyMap<string, Detector> = new Map([
  emojiBullet,
  hashtagCase,
  imageAltText,
  linkText,
  assistantLeftover,
  placeholder,
  missingDisclaimer,
  overstatedRole,
  speaksForOrganisation,
  acronymFirstUse,
  jargon,
  longSentence,
  nonInclusiveTerm,
  personalAttack,
  profanity,
  accessCode,
  confidentialMarker,
  contractSum,
  internalHost,
  secret,
  rumour,
  unsourcedClaim,
  promotion,
  organisationLogo,
  uncreditedImage,
  pastedPassage,
  emailAddress,
  healthFamilyDetail,
  idNumber,
  phoneNumber,
  streetAddress,
  allCaps,
  postLength,
  disparaging,
  offTheRecord,
].map((detector) => [detector.name, detector]));
