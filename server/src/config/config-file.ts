/** `.guidelint.yml`: the workspace's settings, shared by the CLI and the language server. */
import { parse } from 'yaml';
import { SettingsError, validateSettings, type KnownIds } from './settings';
import type { Settings } from '../engine/types';

/** The file name looked up at a workspace root or the current directory. */
export const CONFIG_FILE_NAME = '.guidelint.yml';

/** Parses and validates the text of a config file; errors name the file. */
export function parseConfigFile(text: string, fileName: string, known: KnownIds): Settings {
  let data: unknown;
  try {
    data = parse(text);
  } catch (error) {
    throw new SettingsError(`${fileName}: not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  try {
    return validateSettings(data ?? {}, known);
  } catch (error) {
    throw new SettingsError(`${fileName}: ${(error as Error).message}`);
  }
}

/** Settings from the config file, overridden key by key by `overrides` (rules merge by id). */
export function mergeSettings(base: Settings, overrides: Settings): Settings {
  return { ...base, ...overrides, rules: { ...base.rules, ...overrides.rules } };
}
