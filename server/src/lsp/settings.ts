/**
 * The server's configuration, in layers (lowest first): the editor's `guidelint` section
 * (workspace/configuration, or the didChangeConfiguration payload for clients without it),
 * then the nearest `.guidelint.yml` above the document, then the post's front matter, then
 * its inline comments. Invalid editor values never stop linting: each bad key falls back to
 * its default and the author is told once what to fix.
 */
import type { CompiledPack } from '../../../rules/pack/index';
import { mergeSettings } from '../config/config-file';
import type { EffectiveConfig } from '../config/resolve';
import { validateSettings } from '../config/settings';
import { knownIds } from '../engine/document-linter';
import { isLanguage, isSet as isTag, primaryLanguage } from '../engine/language-tags';
import { LANGUAGES } from '../engine/pack';
import type { Language, Settings } from '../engine/types';

/** The default debounce between a keystroke and the lint it triggers (issue 4: ~200 ms). */
export const DEFAULT_DEBOUNCE_MS = 200;

/** A language, or `auto`: the front matter's `lang:`, else the language detected. The front matter wins over any setting. */
export type LanguageSetting = Language | 'auto';

/** What the server reads from the editor's settings. */
export interface ServerConfig {
  enable: boolean;
  language: LanguageSetting;
  debounceMs: number;
  /** Engine settings from the editor. */
  settings: Settings;
}

/** The configuration of one document: the editor's, its config file over it, and the pack to lint with. */
export interface DocumentConfig extends ServerConfig {
  pack: CompiledPack;
}

/** The configuration when nothing is set. */
export const DEFAULT_CONFIG: ServerConfig = { enable: true, language: 'auto', debounceMs: DEFAULT_DEBOUNCE_MS, settings: {} };

/** A configuration and what was wrong with its input. */
export interface ConfigResult {
  config: ServerConfig;
  errors: string[];
}

const ENGINE_KEYS = ['rules', 'platform', 'audience', 'organisation', 'allow', 'ruleBudgetMs'] as const;

/** Reads the editor's `guidelint` section; each key is checked on its own so one bad key keeps the others. Rule ids are checked per document, against its pack. */
export function readEditorSection(raw: unknown): ConfigResult {
  const section = isRecord(raw) ? raw : {};
  const errors: string[] = [];
  const config: ServerConfig = { ...DEFAULT_CONFIG, settings: {} };
  if (isSet(section.enable)) {
    if (typeof section.enable === 'boolean') config.enable = section.enable;
    else errors.push('`guidelint.enable` must be true or false');
  }
  if (isSet(section.language)) {
    const language = isTag(section.language) ? primaryLanguage(section.language) : 'auto';
    if (language === 'auto' || isLanguage(language)) config.language = language;
    else errors.push(`\`guidelint.language\` must be ${LANGUAGES.join(', ')} or auto, not \`${String(section.language)}\``);
  }
  if (isSet(section.debounceMs)) {
    const ms = section.debounceMs;
    if (typeof ms === 'number' && Number.isFinite(ms) && ms >= 0) config.debounceMs = ms;
    else errors.push(`\`guidelint.debounceMs\` must be a number of milliseconds ≥ 0, not \`${String(ms)}\``);
  }
  for (const key of ENGINE_KEYS) {
    if (!isSet(section[key])) continue;
    try {
      Object.assign(config.settings, validateSettings({ [key]: section[key] }));
    } catch (error) {
      errors.push(`\`guidelint.${key}\`: ${(error as Error).message}`);
    }
  }
  return { config, errors };
}

/**
 * The editor's configuration with a config file's over it (settings < config file), for one
 * document. Editor rule ids the document's pack does not know are dropped and reported.
 */
export function combine(editor: ServerConfig, file: EffectiveConfig): { config: DocumentConfig; errors: string[] } {
  const errors: string[] = [];
  const editorRules = { ...editor.settings.rules };
  const known = knownIds(file.pack);
  for (const id of Object.keys(editorRules)) {
    if (known.rules.has(id) || known.guidelines.has(id)) continue;
    errors.push(`\`guidelint.rules\`: unknown rule or guideline id \`${id}\``);
    delete editorRules[id];
  }
  const settings = mergeSettings({ ...editor.settings, rules: editorRules }, file.settings);
  if (settings.rules && Object.keys(settings.rules).length === 0) delete settings.rules;
  let language = file.language ?? editor.language;
  if (language !== 'auto' && !file.pack.languages.includes(language)) {
    // Only the editor's can be wrong here: a config file's language is checked against its packs when it loads.
    errors.push(`\`guidelint.language\`: \`${language}\` is not a language of the pack (it has ${file.pack.languages.join(', ')}); detecting the language instead`);
    language = 'auto';
  }
  return { config: { ...editor, language, settings, pack: file.pack }, errors };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Editors send defaults for every contributed key: null, '', [] and {} mean "not set". */
function isSet(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return false;
  if (Array.isArray(value)) return value.length > 0;
  return !(isRecord(value) && Object.keys(value).length === 0);
}
