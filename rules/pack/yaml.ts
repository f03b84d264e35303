/**
 * The YAML parser, loaded on first use: a start with the default pack and no config file reads
 * no YAML (the pack is bundled as data), and loading the package at start cost ~5 ms of every
 * start (bench row f).
 */
type Yaml = typeof import('yaml');

let loaded: Yaml | undefined;

/** The `yaml` package. */
export function yaml(): Yaml {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  loaded ??= require('yaml') as Yaml;
  return loaded;
}
