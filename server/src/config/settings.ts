/** Settings: validation with readable errors. Unknown keys or ids are errors, never silence. */
import type { Settings, SeveritySetting } from '../engine/types';

/** Settings that are not valid; the message says which key and why. */
export class SettingsError extends Error {}

const SEVERITIES: readonly SeveritySetting[] = ['off', 'info', 'warn', 'warning', 'error'];
const AUDIENCES = ['general', 'expert'] as const;
const KEYS = ['rules', 'platform', 'audience', 'organisation', 'allow', 'ruleBudgetMs'] as const;

/** Platforms with a known post length limit, in characters; a URL counts as 23 (as on X and Mastodon). */
export const PLATFORM_LIMITS: Readonly<Record<string, number | undefined>> = {
  tweet: 280,
  twitter: 280,
  x: 280,
  bluesky: 300,
  threads: 500,
  mastodon: 500,
  instagram: 2200,
  linkedin: 3000,
  facebook: 63206,
  blog: undefined,
  website: undefined,
  newsletter: undefined,
};

/**
 * The names of `Object.prototype`'s properties (`constructor`, `toString`, `__proto__` …): as
 * keys of a settings object they would read as values every object has (`platform: constructor`
 * was taken for a known platform) or, for `__proto__`, vanish. They are never valid keys.
 */
export const PROTOTYPE_KEYS: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype));

/** What settings may name: the rule ids and guideline ids that exist. */
export interface KnownIds {
  rules: ReadonlySet<string>;
  guidelines: ReadonlySet<string>;
}

/** Checks `raw` against the settings schema and returns it typed; throws {@link SettingsError}. Without `known`, rule ids are not checked (yet). */
export function validateSettings(raw: unknown, known?: KnownIds): Settings {
  if (raw === undefined || raw === null) return {};
  if (typeof raw !== 'object' || Array.isArray(raw)) throw new SettingsError('settings must be an object');
  const record = raw as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!(KEYS as readonly string[]).includes(key)) {
      throw new SettingsError(`unknown setting \`${key}\` (known: ${KEYS.join(', ')})`);
    }
  }
  const settings: Settings = {};
  if (record.rules !== undefined) settings.rules = validateRules(record.rules, known);
  if (record.platform !== undefined) settings.platform = validatePlatform(record.platform);
  if (record.audience !== undefined) {
    if (!AUDIENCES.includes(record.audience as never)) {
      throw new SettingsError(`\`audience\` must be one of ${AUDIENCES.join(', ')}, not \`${String(record.audience)}\``);
    }
    settings.audience = record.audience as Settings['audience'];
  }
  if (record.organisation !== undefined) {
    const names = typeof record.organisation === 'string' ? [record.organisation] : record.organisation;
    if (!Array.isArray(names) || !names.every((n) => typeof n === 'string' && n.trim() !== '')) {
      throw new SettingsError('`organisation` must be a name or a list of names');
    }
    settings.organisation = names as string[];
  }
  if (record.allow !== undefined) {
    if (!Array.isArray(record.allow) || !record.allow.every((n) => typeof n === 'string' && n.trim() !== '')) {
      throw new SettingsError('`allow` must be a list of terms');
    }
    settings.allow = record.allow as string[];
  }
  if (record.ruleBudgetMs !== undefined) {
    const ms = record.ruleBudgetMs;
    if (typeof ms !== 'number' || !Number.isFinite(ms) || ms <= 0) {
      throw new SettingsError(`\`ruleBudgetMs\` must be a number of milliseconds above 0, not \`${String(ms)}\``);
    }
    settings.ruleBudgetMs = ms;
  }
  return settings;
}

/** Checks a platform name. */
export function validatePlatform(value: unknown): string {
  const platform = typeof value === 'string' ? value.toLowerCase() : '';
  if (!Object.hasOwn(PLATFORM_LIMITS, platform)) {
    throw new SettingsError(`unknown platform \`${String(value)}\` (known: ${Object.keys(PLATFORM_LIMITS).join(', ')})`);
  }
  return platform;
}

function validateRules(value: unknown, known: KnownIds | undefined): Record<string, SeveritySetting> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new SettingsError('`rules` must map rule or guideline ids to off, info, warn or error');
  }
  const rules: Record<string, SeveritySetting> = {};
  for (const [id, severity] of Object.entries(value)) {
    if (PROTOTYPE_KEYS.has(id) || (known && !known.rules.has(id) && !known.guidelines.has(id))) {
      throw new SettingsError(`\`rules\`: unknown rule or guideline id \`${id}\``);
    }
    if (!SEVERITIES.includes(severity as SeveritySetting)) {
      throw new SettingsError(`\`rules.${id}\` must be one of off, info, warn, error, not \`${String(severity)}\``);
    }
    rules[id] = severity as SeveritySetting;
  }
  return rules;
}
