/** Errors in pack files, located by file and by the path of the key inside it, so that a loader can add the line. */

/** A key inside a parsed YAML or JSON file: `['rules', 3, 'en', 'entries', 0, 'phrases']`. */
export type KeyPath = readonly (string | number)[];

/** A pack or rule file that does not have the expected shape. The message names the file, the key and the reason. */
export class PackError extends Error {
  constructor(
    readonly file: string,
    readonly path: KeyPath,
    readonly reason: string,
    /** 1-based line of the key, when the loader knows it. */
    readonly line?: number,
  ) {
    super(`${file}${line === undefined ? '' : `:${line}`}: ${path.length ? `${formatPath(path)}: ` : ''}${reason}`);
  }

  /** The same error, with the line of its key. */
  at(line: number | undefined): PackError {
    return line === undefined ? this : new PackError(this.file, this.path, this.reason, line);
  }
}

/** A rule option (from configuration) that the rule does not have. */
export class UnknownOptionError extends PackError {
  constructor(file: string, path: KeyPath, readonly ruleId: string, readonly option: string, reason: string) {
    super(file, path, reason);
  }
}

/** `rules[3].en.entries[0]` */
export function formatPath(path: KeyPath): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? key : `.${key}`)).join('');
}
