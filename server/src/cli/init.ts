/** `guidelint --init`: a commented starter `.guidelint.yml`, never over an existing one. */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONFIG_FILE_NAME, CONFIG_FILE_NAMES } from '../config/config-file';
import { UsageError } from './args';

/** The starter file: every key, commented, with the default values. */
export const STARTER_CONFIG = `# Guidelint configuration. It applies to the posts in this folder and the folders below it
# (the nearest .guidelint.yml above a post wins). Reference: the README's "Configuration".

# Guideline packs: \`default\` is the built-in one; add your organisation's as a path.
packs: [default]
#   - ./guidelines/our-pack.yml

# The language of the posts (en, fr, or auto to detect it, the default). A post's front matter \`lang:\` wins.
# language: en

# The platform posts are written for (sets a length limit): x, bluesky, threads, mastodon,
# instagram, linkedin, facebook, blog, website, newsletter.
# platform: linkedin

# general (jargon is flagged) or expert.
# audience: general

# Names that count as the organisation (the pack's by default).
# organisation: [CERN]

# Severity by rule id or guideline id: off, info, warn, error; or { severity, options }.
rules: {}
#   clear: off
#   email-address: error

# Terms never flagged, by any rule.
allow: []
#   - SRF

# Your own vocabulary, added to the pack's rules (acronyms and jargon get fixes).
# acronyms: { SRF: superconducting radio-frequency }
# jargon: { cryomodule: "the cold vessel that holds the accelerating cavities" }
# products: [ZenPad]
# internalHosts: [intranet.example.org]
# functionalAddresses: [press@example.org]
`;

/** Writes the starter file in `folder`; exit code 0, or a usage error if a config file exists. */
export function writeStarterConfig(folder: string): number {
  const existing = CONFIG_FILE_NAMES.map((name) => join(folder, name)).find((path) => existsSync(path));
  if (existing) throw new UsageError(`${existing} already exists; edit it, or remove it first`);
  writeFileSync(join(folder, CONFIG_FILE_NAME), STARTER_CONFIG);
  process.stdout.write(`Wrote ${CONFIG_FILE_NAME}.\n`);
  return 0;
}
