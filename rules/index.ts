/** The registry: every rule of the default pack, sorted by id. Adding a rule = importing it here. */
import type { Rule } from '../server/src/engine/rule';
import { assistantLeftover } from './ai-transparency/assistant-leftover';
import { emailAddress } from './privacy/email-address';

export const rules: readonly Rule[] = [
  assistantLeftover,
  emailAddress,
].sort((a, b) => a.meta.id.localeCompare(b.meta.id));
