/**
 * Small readers for parsed pack data that fail with a {@link PackError} naming the key, so
 * that validation code reads as a description of the format.
 */
import { PackError, type KeyPath } from './errors';

/** Reads values under one file; every failure names the file and the key path. */
export class Reader {
  constructor(readonly file: string) {}

  fail(path: KeyPath, reason: string): never {
    throw new PackError(this.file, path, reason);
  }

  record(value: unknown, path: KeyPath): Record<string, unknown> {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) this.fail(path, 'expected a mapping');
    return value as Record<string, unknown>;
  }

  /** A mapping whose keys are all among `allowed`: a typo is an error, never silently ignored. */
  keys(value: unknown, path: KeyPath, allowed: readonly string[]): Record<string, unknown> {
    const record = this.record(value, path);
    for (const key of Object.keys(record)) {
      if (!allowed.includes(key)) this.fail([...path, key], `unknown key (expected one of ${allowed.join(', ')})`);
    }
    return record;
  }

  string(value: unknown, path: KeyPath): string {
    if (typeof value !== 'string' || value.trim() === '') this.fail(path, 'expected a non-empty string');
    return value;
  }

  optionalString(value: unknown, path: KeyPath): string | undefined {
    return value === undefined ? undefined : this.string(value, path);
  }

  list(value: unknown, path: KeyPath): unknown[] {
    if (!Array.isArray(value)) this.fail(path, 'expected a list');
    return value;
  }

  strings(value: unknown, path: KeyPath): string[] {
    if (value === undefined) return [];
    return this.list(value, path).map((item, i) => this.string(item, [...path, i]));
  }

  /** One of `choices`; object-prototype names such as `constructor` are never taken for a choice. */
  choice<T extends string>(value: unknown, path: KeyPath, choices: readonly T[]): T {
    if (typeof value !== 'string' || !choices.includes(value as T)) this.fail(path, `expected one of ${choices.join(', ')}`);
    return value as T;
  }
}
