import type { BlockContext, Language, Report } from '../api';
import { dataSet, dataStrings, formatMessage, type RuleData } from '../kinds/data';
import { redactFix } from '../kinds/regex';
import { dataFor, type Detector } from '../pack/spec';

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
const alternation = (words: string[]): string => words.map(escape).sort((a, b) => b.length - a.length).join('|');

/**
 * `password: X`, `the password for the VM is X`, `mot de passe : X`. The value (group 1) is one
 * run of non-space characters; quotes around it are left out. Bounded repeats only: linear.
 */
function passwordPattern(file: RuleData): RegExp {
  return new RegExp(
    `\\b(?:${alternation(dataStrings(file, 'passwordWords'))})` +
      `(?:\\s+(?:${alternation(dataStrings(file, 'linkWords'))})(?:\\s+[\\p{L}\\p{N}_.-]+){1,4}?)?` +
      `\\s*(?:\\s(?:${alternation(dataStrings(file, 'copulas'))})\\s*:?|:|=)\\s*["'“‘«]?([^\\s"'”’»]{3,64})`,
    'giu',
  );
}

/** One language's password pattern and placeholders. */
interface Lexicon {
  file: RuleData;
  password: RegExp;
  placeholders: Set<string>;
}

function lexiconOf(file: RuleData): Lexicon {
  return { file, password: passwordPattern(file), placeholders: dataSet(file, 'placeholders') };
}

/** A value that is a password rather than a word: it has a digit or a symbol, and is no placeholder. */
function isSecretValue(value: string, placeholders: ReadonlySet<string>): boolean {
  const bare = value.toLowerCase();
  if (placeholders.has(bare) || /^[*x•.]+$/.test(bare) || /[<>[\]{}]/.test(value)) return false;
  return /[\p{N}\p{P}\p{S}]/u.test(value);
}

/** `confidentiality`: passwords, API keys, tokens and private keys in a post are compromised the moment it is published. */
export const secret: Detector = {
  name: 'secret',
  create(spec) {
    const lexicons = new Map<Language, Lexicon>(spec.meta.languages.map((language) => [language, lexiconOf(dataFor(spec, language))]));
    return {
      meta: spec.meta,
      checkBlock: function secretCheck({ block, language }: BlockContext): Report[] {
        const lexicon = lexicons.get(language);
        if (!lexicon) return [];
        const { messages } = lexicon.file;
        const reports: Report[] = [];
        const report = (from: number, to: number, message: string, redactFrom = from, redactTo = to): void => {
          const start = block.start + from;
          reports.push({ start, end: block.start + to, message, fixes: [redactFix(block.start + redactFrom, block.start + redactTo)] });
        };
        for (const { kind, pattern } of TOKENS) {
          for (const m of block.text.matchAll(pattern)) report(m.index, m.index + m[0].length, formatMessage(messages.token, { kind, actual: m[0] }));
        }
        for (const m of block.text.matchAll(PRIVATE_KEY)) report(m.index, m.index + m[0].length, messages.privateKey);
        for (const m of block.text.matchAll(lexicon.password)) {
          // A sentence's final full stop or comma is not part of the password; `!` or `#` may be.
          const value = m[1].replace(/[.,;:?)]+$/, '');
          if (!isSecretValue(value, lexicon.placeholders)) continue;
          const end = m.index + m[0].length - (m[1].length - value.length);
          report(m.index, end, formatMessage(messages.password, { actual: block.text.slice(m.index, end) }), end - value.length, end);
        }
        return reports;
      },
    };
  },
};
