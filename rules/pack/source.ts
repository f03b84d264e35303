/**
 * A pack's files as read from disk (or bundled at build time): the pack file and the files it
 * includes, parsed but not yet validated. Loading and compiling are separate so that the
 * default pack can be bundled as data and a workspace's pack read at run time, through the
 * same validation.
 */
import type { KeyPath } from './errors';

/** One parsed file. */
export interface SourceFile {
  /** The path shown in messages (relative to the workspace or the pack). */
  file: string;
  data: unknown;
}

/** A rule mapping and where it comes from: a rule file (`path` empty) or a pack's inline `rules` list. */
export interface RuleSource extends SourceFile {
  path: KeyPath;
}

/** A pack file and everything it includes. */
export interface PackSource extends SourceFile {
  /** The rules, from `rules:` entries that are mappings or paths to rule files and folders. */
  rules: RuleSource[];
  /** Files named by `classes.<lang>` and `dictionaries.<lang>`, keyed by the string written there. */
  includes: Record<string, SourceFile>;
}
