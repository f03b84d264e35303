/** Turns the CLI's file arguments (paths, globs, folders) into a list of files, in argument order. */
import { existsSync, statSync } from 'node:fs';
import { globSync } from 'tinyglobby';
import type { Format } from '../engine/types';
import { UsageError } from './args';

const MARKDOWN = /\.(md|markdown|mdown|mkd|mdx)$/i;

/** The format a file is linted as, from its extension: Markdown, else plain text. */
export function formatOf(path: string): Format {
  return MARKDOWN.test(path) ? 'markdown' : 'text';
}

/** Expands `patterns` into files; a folder means its Markdown and text files. Throws when a pattern matches nothing. */
export function expandPatterns(patterns: string[]): string[] {
  const files: string[] = [];
  const seen = new Set<string>();
  for (const pattern of patterns) {
    let matches: string[];
    if (pattern === '-') matches = ['-'];
    else if (existsSync(pattern) && statSync(pattern).isDirectory()) {
      matches = globSync(['**/*.{md,markdown,txt}'], { cwd: pattern, ignore: ['**/node_modules/**'] })
        .sort()
        .map((f) => `${pattern.replace(/\/$/, '')}/${f}`);
    } else if (existsSync(pattern)) matches = [pattern];
    else matches = globSync([pattern], { ignore: ['**/node_modules/**'] }).sort();
    if (matches.length === 0) throw new UsageError(`no files match \`${pattern}\``);
    for (const file of matches) {
      if (!seen.has(file)) files.push(file);
      seen.add(file);
    }
  }
  return files;
}
