/**
 * `--cache`: results of files that have not changed since the last run, so that a content
 * repository of thousands of posts is linted in the time its changed posts take. A result is
 * reused only when everything it depends on is the same: the file's text, its format and
 * language, the settings from the command line, the config file's text, the files of the packs
 * it names, and Guidelint itself (the built files it runs from).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { readConfigFile } from '../config/config-file';
import type { FileJob } from './lint-file';
import type { FileResult } from './results';

const FORMAT_VERSION = 1;
/** Files of a folder looked at for a stamp: a pack folder is a few hundred files; more is not a pack. */
const MAX_STAMPED_FILES = 5000;

interface CacheFile {
  version: number;
  entries: Record<string, { key: string; result: FileResult }>;
}

/** The files a pack can read: data files (a pack's folder may also hold posts, which must not count). */
const PACK_FILE = /\.(?:ya?ml|json)$/;

/** Size and modification time of every file under `folder` whose name `keep` accepts (sorted, bounded): what changes when a file does. */
function folderStamp(folder: string, keep: RegExp = /(?:)/): string {
  const stamps: string[] = [];
  const pending = [folder];
  while (pending.length && stamps.length < MAX_STAMPED_FILES) {
    const dir = pending.pop()!;
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules' && !entry.name.startsWith('.')) pending.push(path);
      } else if (entry.isFile() && keep.test(entry.name)) {
        const stat = statSync(path);
        stamps.push(`${path}:${stat.size}:${stat.mtimeMs}`);
      }
    }
  }
  return stamps.sort().join('\n');
}

function sha256(...parts: string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\u0000');
  return hash.digest('hex');
}

/** A run's results cache, read at the start and written once at the end. */
export class ResultCache {
  private readonly entries: CacheFile['entries'];
  private readonly configStamps = new Map<string | undefined, string>();
  /** A job's key, hashed once: `get` and then `set` ask for it. */
  private readonly keys = new WeakMap<FileJob, string>();
  private readonly toolStamp: string;

  /** `toolFolder`: where Guidelint's built files are (this bundle's folder). */
  constructor(private readonly location: string, toolFolder: string = __dirname) {
    this.entries = ResultCache.read(location);
    this.toolStamp = folderStamp(toolFolder);
  }

  /** A missing, unreadable or older cache file is an empty cache, never an error. */
  private static read(location: string): CacheFile['entries'] {
    try {
      const file = JSON.parse(readFileSync(location, 'utf8')) as CacheFile;
      return file.version === FORMAT_VERSION && file.entries && typeof file.entries === 'object' ? file.entries : {};
    } catch {
      return {};
    }
  }

  /** What a config file contributes: its text, and the files of the packs it names (the default pack is part of the tool). */
  private configStamp(configFile: string | undefined): string {
    let stamp = this.configStamps.get(configFile);
    if (stamp === undefined) {
      if (configFile === undefined) stamp = '';
      else {
        const packs = readConfigFile(configFile).packs.filter((p) => p !== 'default').map((p) => folderStamp(dirname(resolve(dirname(configFile), p)), PACK_FILE));
        stamp = [readFileSync(configFile, 'utf8'), ...packs].join('\n');
      }
      this.configStamps.set(configFile, stamp);
    }
    return stamp;
  }

  private keyOf(job: FileJob): string {
    let key = this.keys.get(job);
    if (key === undefined) this.keys.set(job, (key = this.hash(job)));
    return key;
  }

  private hash(job: FileJob): string {
    return sha256(this.toolStamp, this.configStamp(job.configFile), job.formatName.replace(/^.*\./, ''), JSON.stringify([job.flags, job.language ?? null, job.quiet]), job.text);
  }

  private static pathOf(job: FileJob): string {
    return resolve(job.filePath);
  }

  /** The cached result of `job`, if nothing it depends on changed. */
  get(job: FileJob): FileResult | undefined {
    const entry = this.entries[ResultCache.pathOf(job)];
    return entry && entry.key === this.keyOf(job) ? entry.result : undefined;
  }

  set(job: FileJob, result: FileResult): void {
    this.entries[ResultCache.pathOf(job)] = { key: this.keyOf(job), result };
  }

  /** Writes the cache (to a temporary file renamed over it); files that no longer exist are dropped. */
  save(): void {
    for (const path of Object.keys(this.entries)) if (!existsSync(path)) delete this.entries[path];
    const file: CacheFile = { version: FORMAT_VERSION, entries: this.entries };
    const temporary = `${this.location}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(file));
    renameSync(temporary, this.location);
  }
}
