/** Turns the CLI's file arguments (paths, globs, folders) into a list of files, in argument order. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, relative, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { globSync } from 'tinyglobby';
import type { Format } from '../engine/types';
import { UsageError } from './args';

const MARKDOWN = /\.(md|markdown|mdown|mkd|mdx)$/i;

/** The ignore file read from the current folder, as ESLint reads `.eslintignore`. */
export const IGNORE_FILE = '.guidelintignore';

/** The format a file is linted as, from its extension: Markdown, else plain text. */
export function formatOf(path: string): Format {
  return MARKDOWN.test(path) ? 'markdown' : 'text';
}

/**
 * What is skipped: `.guidelintignore` in `cwd` and `patterns`, in gitignore syntax (the
 * `ignore` package, as ESLint and Prettier use). Paths are matched relative to `cwd`; a file
 * outside it is never ignored.
 */
export function ignoreFilter(patterns: readonly string[], cwd = process.cwd()): (file: string) => boolean {
  const rules: Ignore = ignore();
  const ignoreFile = `${cwd}${sep}${IGNORE_FILE}`;
  if (existsSync(ignoreFile)) rules.add(readFileSync(ignoreFile, 'utf8'));
  rules.add([...patterns]);
  return (file) => {
    if (file === '-') return false;
    const path = relative(cwd, file);
    if (path === '' || isAbsolute(path) || path.startsWith('..')) return false;
    return rules.ignores(path.split(sep).join('/'));
  };
}

/**
 * Expands `patterns` into files; a folder means its Markdown and text files. Files that
 * `ignored` says to skip are left out, named ones too (a pre-commit hook passes every staged
 * file). Throws when a pattern matches nothing at all, ignored files aside.
 */
export function expandPatterns(patterns: string[], ignored: (file: string) => boolean = () => false): string[] {
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
      if (!seen.has(file) && !ignored(file)) files.push(file);
      seen.add(file);
    }
  }
  return files;
}
