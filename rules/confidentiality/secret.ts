import type { BlockContext, Fix, Language, Report } from '../api';
import { dataMap, dataSet, dataStrings, formatMessage, type RuleData } from '../kinds/data';
import { maskSecret, redactionOf } from '../kinds/redaction';
import { dataFor, type Detector } from '../pack/spec';
import { adverbsOf, wordPattern } from '../kinds/regex';

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

/** Whether a block may hold one of TOKENS: one scan for their prefixes instead of one per format, since nearly no block has any. */
const MAY_HAVE_TOKEN = /AKIA|ASIA|ABIA|ACCA|gh[pousr]_|github_pat_|glpat-|xox[abposr]-|sk-|[rs]k_live_|npm_|AIza|eyJ/;

/** A PEM private key header, with its body and footer when they are in the same block. */
const PRIVATE_KEY = /-----BEGIN [A-Z ]{0,30}PRIVATE KEY-----(?:[A-Za-z0-9+/=\s]*-----END [A-Z ]{0,30}PRIVATE KEY-----)?/g;

const alternation = (words: string[]): string => words.map(wordPattern).sort((a, b) => b.length - a.length).join('|');

/** A value: one run of non-space characters that is not a quote (group 2), or an account and its password (`magtest / Bobine#2024`, group 3). */
const VALUE = `([^\\s"'“”‘’«»]{3,64})(?:\\s?/\\s?([^\\s"'“”‘’«»]{3,64}))?`;

/**
 * `password: X`, `the password for the VM is X`, `mot de passe : X`, `identifiants : compte / X`,
 * or the value in quotes right after the word (`le mot de passe « Proton2024 »`). Group 1 is the
 * word. Quotes around the value are left out. Bounded repeats only, and no two runs of white
 * space side by side (`\s*:?\s*` splits a long run of spaces in every way): linear.
 */
function passwordPattern(file: RuleData): RegExp {
  const words = [...dataStrings(file, 'passwordWords'), ...dataStrings(file, 'credentialWords')];
  return new RegExp(
    `(?<![\\p{L}\\p{N}_])(${alternation(words)})` +
      `(?:\\s+(?:${alternation(dataStrings(file, 'linkWords'))})(?:\\s+|(?<=['’]))[\\p{L}\\p{N}_.'’-]+(?:\\s+[\\p{L}\\p{N}_.'’-]+){0,5}?)?` +
      `(?:\\s*(?:,?\\s(?:${alternation(dataStrings(file, 'copulas'))})${adverbsOf(file)}(?:\\s*:)?|:|=)\\s*(?:["'“‘«]\\s?)?|\\s*["“«]\\s?)${VALUE}`,
    'dgiu',
  );
}

/**
 * A password word right before its value, with only a space between (`network TB-Hall, password
 * Kaon-2025`): group 1 is the word, group 2 the value. Only a value that mixes letters and
 * digits counts (`password manager`, `mot de passe oublié` stay quiet). Linear.
 */
function barePasswordPattern(file: RuleData): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}_])(${alternation(dataStrings(file, 'passwordWords'))})\\s(?=[^\\s]*\\p{L})(?=[^\\s]*\\p{N})([^\\s"'“”‘’«»()]{5,64})`, 'dgiu');
}

/**
 * An account and its password in a sentence (`logs in as tbeam with Meson!42`, `se connecte en
 * tant que tbeam avec Meson!42`): a login phrase, the account (group 2), a joiner, the password
 * (group 3). Linear: each part is one bounded class run or a literal alternation.
 */
function loginPattern(file: RuleData): RegExp | undefined {
  const logins = dataStrings(file, 'loginWords');
  if (logins.length === 0) return undefined;
  return new RegExp(
    `(?<![\\p{L}\\p{N}_])(${alternation(logins)})\\s+["'“‘«]?([\\p{L}\\p{N}_.@-]{2,40})["'”’»]?,?\\s+(?:${alternation(dataStrings(file, 'loginJoiners'))})\\s+["'“‘«]?([^\\s"'“”‘’«»]{3,64})`,
    'dgiu',
  );
}

/** One language's password pattern and placeholders. */
interface Lexicon {
  file: RuleData;
  password: RegExp;
  barePassword: RegExp;
  login: RegExp | undefined;
  /**
   * Whether a block holds one of the words the three patterns above start from, with their
   * flags: a block without one cannot match them, and is not run through them. Most blocks have
   * none, and the patterns (case-insensitive Unicode letter classes) take V8 tens of
   * milliseconds to compile on their first run, inside the first diagnostics (bench row f).
   */
  mayMatch: RegExp;
  placeholders: Set<string>;
  /** Words that introduce an account and its password, which count only as a pair (`identifiants : magtest / Bobine#2024`). */
  credentialWords: Set<string>;
  /** What the message calls each token kind in this language (`le jeton GitHub`); the English name by default. */
  tokenKinds: Map<string, string>;
  redact: (start: number, end: number) => Fix;
}

function lexiconOf(file: RuleData): Lexicon {
  return {
    file,
    password: passwordPattern(file),
    barePassword: barePasswordPattern(file),
    login: loginPattern(file),
    mayMatch: new RegExp(alternation([...dataStrings(file, 'passwordWords'), ...dataStrings(file, 'credentialWords'), ...dataStrings(file, 'loginWords')]), 'iu'),
    placeholders: dataSet(file, 'placeholders'),
    credentialWords: new Set(dataStrings(file, 'credentialWords').map((w) => w.toLowerCase())),
    tokenKinds: dataMap(file, 'tokenKinds'),
    redact: redactionOf(file),
  };
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
          reports.push({ start, end: block.start + to, message, fixes: [lexicon.redact(block.start + redactFrom, block.start + redactTo)] });
        };
        for (const { kind, pattern } of MAY_HAVE_TOKEN.test(block.text) ? TOKENS : []) {
          for (const m of block.text.matchAll(pattern)) report(m.index, m.index + m[0].length, formatMessage(messages.token, { kind: lexicon.tokenKinds.get(kind) ?? kind, actual: maskSecret(m[0]) }));
        }
        for (const m of block.text.includes('-----BEGIN') ? block.text.matchAll(PRIVATE_KEY) : []) report(m.index, m.index + m[0].length, messages.privateKey);
        if (!lexicon.mayMatch.test(block.text)) return reports;
        for (const m of block.text.matchAll(lexicon.password)) {
          // `identifiants : prénom.nom` names an account, not its password.
          if (m[3] === undefined && lexicon.credentialWords.has(m[1].toLowerCase().replace(/\s+/g, ' ').replace(/’/g, "'"))) continue;
          // A sentence's final full stop or comma is not part of the password; `!` or `#` may be.
          const last = m[3] ?? m[2];
          const password = last.replace(/[.,;:?)]+$/, '');
          if (!isSecretValue(password, lexicon.placeholders)) continue;
          const end = m.index + m[0].length - (last.length - password.length);
          // The fix redacts the account with its password (`magtest / Bobine#2024`): both open the door.
          const valueStart = m.indices?.[2]?.[0] ?? end - password.length;
          report(m.index, end, formatMessage(messages.password, { actual: block.text.slice(m.index, end - password.length) + maskSecret(password, false) }), valueStart, end);
        }
        // A password word right before its value, and an account with its password, where the pattern above found none.
        const covered = (from: number): boolean => reports.some((r) => r.start - block.start <= from && from < r.end - block.start);
        // Leftmost first, so that an account with its password (`le compte c'est cryo-op, mdp X`) is one finding, not two.
        const extra = [...block.text.matchAll(lexicon.barePassword), ...(lexicon.login ? block.text.matchAll(lexicon.login) : [])].sort((a, b) => a.index - b.index);
        for (const m of extra) {
          if (covered(m.index)) continue;
          const last = m[3] ?? m[2];
          const password = last.replace(/[.,;:?)]+$/, '');
          if (!isSecretValue(password, lexicon.placeholders) || !/\p{L}/u.test(password) || !/\p{N}/u.test(password)) continue;
          const end = m.index + m[0].length - (last.length - password.length);
          const valueStart = m.indices?.[2]?.[0] ?? end - password.length;
          report(m.index, end, formatMessage(messages.password, { actual: block.text.slice(m.index, end - password.length) + maskSecret(password, false) }), valueStart, end);
        }
        return reports;
      },
    };
  },
};
