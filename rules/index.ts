/**
 * The registry: every rule of the default pack, sorted by id. Each guideline folder lists
 * its own rules in its index.ts; adding a rule means adding it there.
 */
import type { Rule } from '../server/src/engine/rule';
import { accessibilityRules } from './accessibility/index';
import { aiTransparencyRules } from './ai-transparency/index';
import { asYourselfRules } from './as-yourself/index';
import { clearRules } from './clear/index';
import { conductRules } from './conduct/index';
import { confidentialityRules } from './confidentiality/index';
import { correctRules } from './correct/index';
import { endorsementRules } from './endorsement/index';
import { intellectualPropertyRules } from './intellectual-property/index';
import { linkDontCopyRules } from './link-dont-copy/index';
import { privacyRules } from './privacy/index';
import { reasonableRules } from './reasonable/index';
import { reputationRules } from './reputation/index';
import { responsibleRules } from './responsible/index';

export const rules: readonly Rule[] = [
  ...accessibilityRules,
  ...aiTransparencyRules,
  ...asYourselfRules,
  ...clearRules,
  ...conductRules,
  ...confidentialityRules,
  ...correctRules,
  ...endorsementRules,
  ...intellectualPropertyRules,
  ...linkDontCopyRules,
  ...privacyRules,
  ...reasonableRules,
  ...reputationRules,
  ...responsibleRules,
].sort((a, b) => a.meta.id.localeCompare(b.meta.id));
