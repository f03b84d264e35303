/**
 * The effective configuration of one file: the nearest config file (walking up from the file's
 * folder) with its packs compiled, or the default pack when there is none. The CLI and the
 * server both call this, so a post is linted the same way in the editor and in CI.
 */
import { dirname } from 'node:path';
import { defaultPack, UnknownOptionError, type CompiledPack } from '../../../rules/pack/index';
import { knownIds } from '../engine/document-linter';
import type { Language, Settings } from '../engine/types';
import { checkLanguage, checkRuleIds, ConfigError, findConfigFile, readConfigFile } from './config-file';
import { packFor } from './packs';

/** What linting a file needs from its configuration. */
export interface EffectiveConfig {
  /** The config file it came from, if any. */
  file?: string;
  pack: CompiledPack;
  /** Engine settings from the file (rules, platform, audience, organisation, allow). */
  settings: Settings;
  language?: Language;
}

/** The configuration when there is no config file. */
export function defaultConfig(): EffectiveConfig {
  return { pack: defaultPack(), settings: {} };
}

/** The config file that applies to `filePath`, if any. */
export function configFileFor(filePath: string): string | undefined {
  return findConfigFile(dirname(filePath));
}

/** Reads the config file at `path` and compiles its packs. Throws `ConfigError` or `PackError`, each naming file, line and key. */
export function loadConfig(path: string | undefined): EffectiveConfig {
  if (path === undefined) return defaultConfig();
  const config = readConfigFile(path);
  let pack: CompiledPack;
  try {
    pack = packFor({ packs: config.packs, dir: config.dir, options: config.options, lists: config.lists });
  } catch (error) {
    // An option the rule lacks is the config file's mistake: point at its line.
    if (!(error instanceof UnknownOptionError)) throw error;
    const key = ['rules', error.ruleId, 'options', error.option];
    throw new ConfigError(config.file, config.lineOf(key), key.join('.'), error.reason);
  }
  checkRuleIds(config, knownIds(pack));
  checkLanguage(config, pack.languages);
  const settings: Settings = { ...config.settings };
  if (Object.keys(config.severities).length) settings.rules = config.severities;
  return { file: path, pack, settings, language: config.language };
}
