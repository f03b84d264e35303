import type { BlockContext, Report, Rule } from '../../server/src/engine/rule';
import { formatMessage, loadRuleData } from '../kinds/data';
import { redactFix } from '../kinds/pattern';
import { listOf } from '../kinds/phrase-set';
import en from './secret.en.yml';

const data = { en: loadRuleData(en, 'rules/confidentiality/secret.en.yml') };
const placeholders = new Set(listOf(data.en, 'placeholders'));

/**
 * Token formats, after secretlint's recommended preset (@secretlint/secretlint-rule-preset-recommend):
 * each prefix is fixed and each body one character class with a length range, so every pattern
 * runs in linear time. Names are what the message calls the secret.
 */
const TOKENS: { kind: string; pattern: RegExp }[] = [
  { kind: 'AWS access key', pattern: /\b(?:AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16}\b/g },
  { kind: 'GitHub token', pattern: /\b(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36,255}\b/g },
  { kind: 'GitHub token', pattern: /\bgithub_pat_[A-Za-z0-9_]{40,255}\b/g },
  { kind: 'GitLab token', pattern: /\bglpat-[A-Za-z0-9_-]{20,}/g },
  { kind: 'Slack token', pattern: /\bxox[abposr]-[A-Za-z0-9-]{10,}/g },
  { kind: 'OpenAI key', pattern: /\bsk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{32,}/g },
  { kind: 'Anthropic key', pattern: /\bsk-ant-[A-Za-z0-9_-]{32,}/g },
  { kind: 'Stripe key', pattern: /\b[rs]k_live_[A-Za-z0-9]{20,}/g },
  { kind: 'npm token', pattern: /\bnpm_[A-Za-z0-9]{36}\b/g },
  { kind: 'Google API key', pattern: /\bAIza[0-9A-Za-z_-]{35}/g },
  { kind: 'JSON web token', pattern: /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g },
];

/** A PEM private key header, with its body and footer when they are in the same block. */
const PRIVATE_KEY = /-----BEGIN [A-Z ]{0,30}PRIVATE KEY-----(?:[A-Za-z0-9+/=\s]*-----END [A-Z ]{0,30}PRIVATE KEY-----)?/g;

const escape = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');

/**
 * `password: X`, `the password for the VM is X`, `mot de passe : X`. The value (group 1) is one
 * run of non-space characters; quotes around it are left out. Bounded repeats only: linear.
 */
const PASSWORD = new RegExp(
  `\\b(?:${listOf(data.en, 'passwordWords').map(escape).sort((a, b) => b.length - a.length).join('|')})` +
    `(?:\\s+(?:for|of|to)(?:\\s+[\\p{L}\\p{N}_.-]+){1,4}?)?\\s*(?:\\s(?:is|was|will be|remains)\\s*:?|:|=)\\s*["'“‘«]?([^\\s"'”’»]{3,64})`,
  'giu',
);

/** A value that is a password rather than a word: it has a digit or a symbol, and is no placeholder. */
function isSecretValue(value: string): boolean {
  const bare = value.toLowerCase();
  if (placeholders.has(bare) || /^[*x•.]+$/.test(bare) || /[<>[\]{}]/.test(value)) return false;
  return /[\p{N}\p{P}\p{S}]/u.test(value);
}

/** `confidentiality`: passwords, API keys, tokens and private keys in a post are compromised the moment it is published. */
export const secret: Rule & { data: typeof data } = {
  meta: {
    id: 'secret',
    guideline: 'confidentiality',
    description: 'Do not post passwords, API keys, tokens or private keys.',
    severity: 'error',
    languages: ['en'],
    fix: 'suggestion',
  },
  data,
  checkBlock: function secretCheck({ block }: BlockContext): Report[] {
    const { messages } = data.en;
    const reports: Report[] = [];
    const report = (from: number, to: number, message: string, redactFrom = from, redactTo = to): void => {
      const start = block.start + from;
      reports.push({ start, end: block.start + to, message, fixes: [redactFix(block.start + redactFrom, block.start + redactTo)] });
    };
    for (const { kind, pattern } of TOKENS) {
      for (const m of block.text.matchAll(pattern)) report(m.index, m.index + m[0].length, formatMessage(messages.token, { kind, actual: m[0] }));
    }
    for (const m of block.text.matchAll(PRIVATE_KEY)) report(m.index, m.index + m[0].length, messages.privateKey);
    for (const m of block.text.matchAll(PASSWORD)) {
      // A sentence's final full stop or comma is not part of the password; `!` or `#` may be.
      const value = m[1].replace(/[.,;:?)]+$/, '');
      if (!isSecretValue(value)) continue;
      const end = m.index + m[0].length - (m[1].length - value.length);
      report(m.index, end, formatMessage(messages.password, { actual: block.text.slice(m.index, end) }), end - value.length, end);
    }
    return reports;
  },
};
