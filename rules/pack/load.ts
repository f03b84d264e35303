/**
 * Reads a pack from disk: the pack file (YAML or JSON), the rule files and folders its
 * `rules:` list names, and the files its `classes` and `dictionaries` include. Errors name
 * the file, the line and the key.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { Document, LineCounter } from 'yaml';
import { yaml } from './yaml';
import { LANGUAGES } from '../api';
import { PackError, type KeyPath } from './errors';
import { keyLine } from './key-line';
import type { PackSource, RuleSource, SourceFile } from './source';

const DATA_FILE = /\.(?:ya?ml|json)$/;

/** Parsed files with what it takes to turn a key path back into a line. */
class ParsedFiles {
  private readonly documents = new Map<string, { document: Document; lines: LineCounter }>();

  constructor(private readonly base: string) {}

  /** The path shown in messages: relative to the base folder when inside it. */
  display(path: string): string {
    const shown = relative(this.base, path);
    return shown.startsWith('..') ? path : shown;
  }

  read(path: string): SourceFile {
    const file = this.display(path);
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      throw new PackError(file, [], `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    }
    const { LineCounter, parseDocument } = yaml();
    const lines = new LineCounter();
    const document = parseDocument(text, { lineCounter: lines, uniqueKeys: true });
    const problem = document.errors[0];
    if (problem) throw new PackError(file, [], problem.message.split('\n')[0], problem.linePos?.[0].line);
    this.documents.set(file, { document, lines });
    return { file, data: document.toJS() };
  }

  /** The line of `path` in `file`, or of its nearest ancestor that exists. */
  lineOf(file: string, path: KeyPath): number | undefined {
    const parsed = this.documents.get(file);
    return parsed && keyLine(parsed.document, parsed.lines, path);
  }
}

/** Every data file under `folder`, in a stable order. */
function dataFilesUnder(folder: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) files.push(...dataFilesUnder(path));
    else if (DATA_FILE.test(entry.name)) files.push(path);
  }
  return files;
}

/** Reads the pack at `packFile` and everything it includes. `base` is the folder paths are shown relative to. */
export function readPack(packFile: string, base = process.cwd()): { source: PackSource; lineOf: (error: PackError) => PackError } {
  const files = new ParsedFiles(base);
  const packPath = resolve(base, packFile);
  const pack = files.read(packPath);
  const folder = dirname(packPath);
  const data = (pack.data ?? {}) as Record<string, unknown>;
  const locate = (error: PackError): PackError => (error.line === undefined ? error.at(files.lineOf(error.file, error.path)) : error);
  try {
    const rules: RuleSource[] = [];
    const list = Array.isArray(data.rules) ? data.rules : [];
    for (const [index, item] of list.entries()) {
      if (typeof item !== 'string') {
        rules.push({ file: pack.file, data: item, path: ['rules', index] });
        continue;
      }
      const path = resolve(folder, item);
      let stat;
      try {
        stat = statSync(path);
      } catch {
        throw new PackError(pack.file, ['rules', index], `\`${item}\` was not found next to the pack`);
      }
      for (const file of stat.isDirectory() ? dataFilesUnder(path) : [path]) rules.push({ ...files.read(file), path: [] });
    }
    const includes: Record<string, SourceFile> = {};
    for (const section of ['classes', 'dictionaries']) {
      const byLanguage = data[section];
      if (typeof byLanguage !== 'object' || byLanguage === null) continue;
      for (const language of LANGUAGES) {
        const name = (byLanguage as Record<string, unknown>)[language];
        if (typeof name === 'string' && !(name in includes)) includes[name] = files.read(resolve(folder, name));
      }
    }
    return { source: { ...pack, rules, includes }, lineOf: locate };
  } catch (error) {
    throw error instanceof PackError ? locate(error) : error;
  }
}
