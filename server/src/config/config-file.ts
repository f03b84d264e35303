/**
 * `.guidelint.yml` (or `.guidelint.yaml`, `.guidelint.json`): a workspace's settings, packs,
 * rule options and vocabulary, shared by the CLI and the language server. Errors name the file,
 * the line and the key.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { yaml } from '../../../rules/pack/yaml';
import { keyLine } from '../../../rules/pack/key-line';
import { isLanguage, isSet, primaryLanguage } from '../engine/language-tags';
import { LANGUAGES } from '../engine/pack';
import type { Language, Settings, SeveritySetting } from '../engine/types';
import { PROTOTYPE_KEYS, SettingsError, validateSettings, type KnownIds } from './settings';

/** The names a config file may have, looked up in this order in each folder. */
export const CONFIG_FILE_NAMES = ['.guidelint.yml', '.guidelint.yaml', '.guidelint.json'] as const;

/** The name `--init` writes and the README uses. */
export const CONFIG_FILE_NAME = CONFIG_FILE_NAMES[0];

const SEVERITIES: readonly string[] = ['off', 'info', 'warn', 'warning', 'error'];
const LISTS = ['acronyms', 'jargon', 'products', 'internalHosts', 'functionalAddresses'] as const;
const KEYS = ['packs', 'language', 'rules', 'platform', 'audience', 'organisation', 'allow', 'ruleBudgetMs', ...LISTS] as const;

/** A config file that is not valid. */
export class ConfigError extends SettingsError {
  constructor(readonly file: string, readonly line: number | undefined, readonly key: string, readonly reason: string) {
    super(`${file}${line === undefined ? '' : `:${line}`}: ${key ? `${key}: ` : ''}${reason}`);
  }
}

/** Lists that extend the pack's rules: the workspace's own acronyms, jargon, products, hosts and public addresses. */
export interface ConfigLists {
  /** Acronym → its expansion: the fix for its first unexpanded use. */
  acronyms: Record<string, string>;
  /** Term → plain words: reported as jargon, with the plain words as the fix. */
  jargon: Record<string, string>;
  /** Product and company names (the `PRODUCT` word class of pattern rules). */
  products: string[];
  /** Host names and domains that are internal. */
  internalHosts: string[];
  /** Shared addresses that are public on purpose (a team's or a service's contact). */
  functionalAddresses: string[];
}

/** What a config file says, before its rule ids are checked against its packs. */
export interface ConfigFile {
  /** The file's path as given (for messages). */
  file: string;
  /** The folder pack paths are relative to. */
  dir: string;
  /** Pack references: `default` or a path relative to the file. */
  packs: string[];
  /** `language:`, as an engine language (`fr-CH` is `fr`); undefined for `auto` or no key. Checked against the packs by {@link checkLanguage}. */
  language?: Language;
  /** Engine settings except `rules` (see {@link severities}). */
  settings: Settings;
  severities: Record<string, SeveritySetting>;
  options: Record<string, Record<string, unknown>>;
  lists: ConfigLists;
  /** The line of a key path, for errors found later (unknown rule ids). */
  lineOf(path: readonly (string | number)[]): number | undefined;
}

/** An empty set of lists. */
export function emptyLists(): ConfigLists {
  return { acronyms: {}, jargon: {}, products: [], internalHosts: [], functionalAddresses: [] };
}

/** The nearest config file in `folder` or a folder above it, or undefined. */
export function findConfigFile(folder: string): string | undefined {
  for (let current = folder; ; current = dirname(current)) {
    for (const name of CONFIG_FILE_NAMES) {
      const path = join(current, name);
      if (existsSync(path) && statSync(path).isFile()) return path;
    }
    if (dirname(current) === current) return undefined;
  }
}

/** Fails on the first key, at any depth, that names a property of `Object.prototype` (settings.ts, PROTOTYPE_KEYS). */
function rejectPrototypeKeys(value: unknown, path: (string | number)[], fail: (path: (string | number)[], reason: string) => never): void {
  if (Array.isArray(value)) value.forEach((item, i) => rejectPrototypeKeys(item, [...path, i], fail));
  else if (isRecord(value)) {
    for (const [key, item] of Object.entries(value)) {
      if (PROTOTYPE_KEYS.has(key)) fail([...path, key], `\`${key}\` is not a valid key here (it names a property every object has)`);
      rejectPrototypeKeys(item, [...path, key], fail);
    }
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Parses the text of a config file; throws {@link ConfigError}. */
export function parseConfigText(text: string, file: string, dir: string): ConfigFile {
  const { LineCounter, parseDocument } = yaml();
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines, uniqueKeys: true });
  const problem = document.errors[0];
  if (problem) throw new ConfigError(file, problem.linePos?.[0].line, '', `not valid YAML: ${problem.message.split('\n')[0]}`);
  const lineOf = (path: readonly (string | number)[]) => keyLine(document, lines, path);
  const fail = (path: (string | number)[], reason: string): never => {
    throw new ConfigError(file, lineOf(path), path.map(String).join('.'), reason);
  };
  const raw = document.toJS() ?? {};
  if (!isRecord(raw)) fail([], 'expected a mapping of settings');
  rejectPrototypeKeys(raw, [], fail);
  for (const key of Object.keys(raw)) {
    if (!(KEYS as readonly string[]).includes(key)) fail([key], `unknown setting (known: ${KEYS.join(', ')})`);
  }
  const strings = (key: string): string[] => {
    const value = raw[key] ?? [];
    if (!Array.isArray(value)) fail([key], 'expected a list');
    return (value as unknown[]).map((item, i) => (typeof item === 'string' && item.trim() !== '' ? item : fail([key, i], 'expected a non-empty string')));
  };
  const map = (key: string): Record<string, string> => {
    const value = raw[key] ?? {};
    if (!isRecord(value)) fail([key], 'expected a mapping of terms to texts');
    for (const [term, text] of Object.entries(value as Record<string, unknown>)) if (typeof text !== 'string' || text.trim() === '') fail([key, term], 'expected a text');
    return value as Record<string, string>;
  };
  const severities: Record<string, SeveritySetting> = {};
  const options: Record<string, Record<string, unknown>> = {};
  const rules = raw.rules ?? {};
  if (!isRecord(rules)) fail(['rules'], 'expected rule or guideline ids mapped to off, info, warn or error, or to { severity, options }');
  for (const [id, value] of Object.entries(rules as Record<string, unknown>)) {
    const entry = isRecord(value) ? value : { severity: value };
    for (const key of Object.keys(entry)) if (key !== 'severity' && key !== 'options') fail(['rules', id, key], 'expected severity or options');
    if (entry.severity !== undefined) {
      if (typeof entry.severity !== 'string' || !SEVERITIES.includes(entry.severity)) fail(['rules', id], `severity must be off, info, warn or error, not \`${String(entry.severity)}\``);
      severities[id] = entry.severity as SeveritySetting;
    }
    if (entry.options !== undefined) options[id] = isRecord(entry.options) ? entry.options : fail(['rules', id, 'options'], 'expected a mapping');
  }
  const packs = raw.packs === undefined ? ['default'] : strings('packs');
  if (packs.length === 0) fail(['packs'], 'name at least one pack (`default` is the built-in one)');
  const language = isSet(raw.language) ? primaryLanguage(raw.language) : undefined;
  if (language !== undefined && !isLanguage(language)) fail(['language'], `expected ${LANGUAGES.join(', ')} or auto, not \`${String(raw.language)}\``);
  // One key at a time, so that an error is reported on the key that caused it.
  const settings: Settings = {};
  for (const key of ['platform', 'audience', 'organisation', 'allow', 'ruleBudgetMs'] as const) {
    if (raw[key] === undefined) continue;
    try {
      Object.assign(settings, validateSettings({ [key]: raw[key] }));
    } catch (error) {
      fail([key], (error as Error).message.replace(/^`\w+` /, ''));
    }
  }
  return {
    file,
    dir,
    packs,
    language: language as Language | undefined,
    settings,
    severities,
    options,
    lists: { acronyms: map('acronyms'), jargon: map('jargon'), products: strings('products'), internalHosts: strings('internalHosts'), functionalAddresses: strings('functionalAddresses') },
    lineOf,
  };
}

/** Reads and parses the config file at `path`; `shown` is how messages name it. */
export function readConfigFile(path: string, shown = path): ConfigFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ConfigError(shown, undefined, '', code === 'EISDIR' ? 'is a folder, not a file' : code === 'ENOENT' ? 'not found' : `cannot be read (${code ?? String(error)})`);
  }
  return parseConfigText(text, shown, dirname(path));
}

/** Checks the rule and guideline ids a config file names against its packs. */
export function checkRuleIds(config: ConfigFile, known: KnownIds): void {
  for (const id of new Set([...Object.keys(config.severities), ...Object.keys(config.options)])) {
    if (known.rules.has(id) || known.guidelines.has(id)) continue;
    throw new ConfigError(config.file, config.lineOf(['rules', id]), `rules.${id}`, 'unknown rule or guideline id');
  }
  for (const id of Object.keys(config.options)) {
    if (!known.rules.has(id)) throw new ConfigError(config.file, config.lineOf(['rules', id, 'options']), `rules.${id}.options`, 'options belong to a rule, not a guideline');
  }
}

/** Checks the file's `language:` against the languages of its packs. */
export function checkLanguage(config: ConfigFile, languages: readonly Language[]): void {
  if (config.language === undefined || languages.includes(config.language)) return;
  throw new ConfigError(config.file, config.lineOf(['language']), 'language', `\`${config.language}\` is not a language of the packs (they have ${languages.join(', ')})`);
}

/** Settings from the config file, overridden key by key by `overrides` (rules merge by id, allowed terms add up). */
export function mergeSettings(base: Settings, overrides: Settings): Settings {
  const merged: Settings = { ...base, ...overrides, rules: { ...base.rules, ...overrides.rules } };
  if (base.allow || overrides.allow) merged.allow = [...(base.allow ?? []), ...(overrides.allow ?? [])];
  return merged;
}
