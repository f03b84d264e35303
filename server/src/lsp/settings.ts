/**
 * The server's configuration: the editor's `guidelint` section (workspace/configuration,
 * or the didChangeConfiguration payload for clients without it) over the workspace's
 * `.guidelint.yml`, key by key, rules merged by id, as the CLI's flags override the file.
 * Invalid values never stop linting: each bad key falls back to its default and the author
 * is told once, in a window/showMessage, what to fix.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONFIG_FILE_NAME, mergeSettings, parseConfigFile } from '../config/config-file';
import { validateSettings, type KnownIds } from '../config/settings';
import type { Settings } from '../engine/types';

/** The default debounce between a keystroke and the lint it triggers (issue 4: ~200 ms). */
export const DEFAULT_DEBOUNCE_MS = 200;

/** `auto` lets the front matter (`lang:`) decide, else English. */
export type LanguageSetting = 'en' | 'fr' | 'auto';

/** Everything the server reads from its configuration. */
export interface ServerConfig {
  enable: boolean;
  language: LanguageSetting;
  debounceMs: number;
  /** Engine settings: `.guidelint.yml` with the editor's settings over it. */
  settings: Settings;
}

/** The configuration when nothing is set. */
export const DEFAULT_CONFIG: ServerConfig = { enable: true, language: 'auto', debounceMs: DEFAULT_DEBOUNCE_MS, settings: {} };

/** A configuration and what was wrong with its input. */
export interface ConfigResult {
  config: ServerConfig;
  errors: string[];
}

const ENGINE_KEYS = ['rules', 'platform', 'audience'] as const;

/** Reads the editor's `guidelint` section; each key is checked on its own so one bad key keeps the others. */
export function readEditorSection(raw: unknown, known: KnownIds): ConfigResult {
  const section = isRecord(raw) ? raw : {};
  const errors: string[] = [];
  const config: ServerConfig = { ...DEFAULT_CONFIG, settings: {} };
  if (isSet(section.enable)) {
    if (typeof section.enable === 'boolean') config.enable = section.enable;
    else errors.push('`guidelint.enable` must be true or false');
  }
  if (isSet(section.language)) {
    if (section.language === 'en' || section.language === 'fr' || section.language === 'auto') config.language = section.language;
    else errors.push(`\`guidelint.language\` must be en, fr or auto, not \`${String(section.language)}\``);
  }
  if (isSet(section.debounceMs)) {
    const ms = section.debounceMs;
    if (typeof ms === 'number' && Number.isFinite(ms) && ms >= 0) config.debounceMs = ms;
    else errors.push(`\`guidelint.debounceMs\` must be a number of milliseconds ≥ 0, not \`${String(ms)}\``);
  }
  for (const key of ENGINE_KEYS) {
    if (!isSet(section[key])) continue;
    try {
      Object.assign(config.settings, validateSettings({ [key]: section[key] }, known));
    } catch (error) {
      errors.push(`\`guidelint.${key}\`: ${(error as Error).message}`);
    }
  }
  return { config, errors };
}

/** Reads `.guidelint.yml` at `root`, if there is one; an invalid file counts as empty. */
export function readWorkspaceFile(root: string | undefined, known: KnownIds): { settings: Settings; error?: string } {
  if (root === undefined) return { settings: {} };
  const path = join(root, CONFIG_FILE_NAME);
  if (!existsSync(path)) return { settings: {} };
  try {
    return { settings: parseConfigFile(readFileSync(path, 'utf8'), CONFIG_FILE_NAME, known) };
  } catch (error) {
    return { settings: {}, error: (error as Error).message };
  }
}

/** The editor's section over the workspace file. */
export function combine(editor: ConfigResult, file: { settings: Settings; error?: string }): ConfigResult {
  const settings = mergeSettings(file.settings, editor.config.settings);
  if (settings.rules && Object.keys(settings.rules).length === 0) delete settings.rules;
  const errors = file.error === undefined ? editor.errors : [...editor.errors, file.error];
  return { config: { ...editor.config, settings }, errors };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Editors send defaults for every contributed key: null, '' and {} mean "not set". */
function isSet(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return false;
  return !(isRecord(value) && Object.keys(value).length === 0);
}
