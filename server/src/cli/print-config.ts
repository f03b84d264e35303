/** `guidelint --print-config FILE`: the configuration that applies to FILE, as JSON, for "why is this (not) flagged?". */
import { resolve } from 'node:path';
import { configFileFor, loadConfig } from '../config/resolve';
import { severityOf } from '../engine/lint';

/** Prints the effective configuration of `file`; `configOverride` is `--config`. */
export function printConfig(file: string, configOverride: string | undefined): number {
  const configFile = configOverride ?? configFileFor(file);
  const { pack, settings, language } = loadConfig(configFile);
  const effective = {
    file,
    configFile: configFile === undefined ? null : resolve(configFile),
    packs: pack.id.split('+'),
    language: language ?? 'front matter lang:, else detected',
    platform: settings.platform ?? null,
    audience: settings.audience ?? 'general',
    organisation: settings.organisation ?? pack.organisation.names,
    allow: settings.allow ?? [],
    rules: Object.fromEntries(pack.rules.map((rule) => [rule.meta.id, { guideline: rule.meta.guideline, severity: severityOf(rule, settings) }])),
  };
  process.stdout.write(`${JSON.stringify(effective, null, 2)}\n`);
  return 0;
}
