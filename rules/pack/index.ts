/**
 * Packs for the front doors: the default pack (bundled at build time, compiled once) and
 * packs read from disk. The engine itself never chooses a pack.
 */
import bundledDefault from 'guidelint:default-pack';
import precompiled from 'guidelint:precompiled';
import { detectors } from '../detectors';
import { usePrecompiled, type PrecompiledTable } from '../kinds/pattern/precompiled';
import { compilePack, type CompileOptions, type CompiledPack } from './compile';
import { PackError } from './errors';
import { readPack } from './load';
import type { PackSource } from './source';

export { PackError, UnknownOptionError } from './errors';
export type { CompiledPack } from './compile';

/** Options for compiling a pack, other than the detectors (always the built-in ones). */
export type PackOptions = Omit<CompileOptions, 'detectors'>;

let compiledDefault: CompiledPack | undefined;

// The default pack's class tries and pattern indexes, compiled at build time (rules/pack/precompile.ts).
usePrecompiled(precompiled as PrecompiledTable);

/** The default pack, modelled on CERN's social-media guidelines (rules/packs/default/). */
export function defaultPack(options?: PackOptions): CompiledPack {
  if (options) return compilePack(bundledDefault as PackSource, { ...options, detectors, eager: false });
  compiledDefault ??= compilePack(bundledDefault as PackSource, { detectors, eager: false });
  return compiledDefault;
}

/** Reads and compiles the pack at `file` (paths relative to `base`). Throws a {@link PackError} with file, line and key. */
export function loadPack(file: string, base?: string, options: PackOptions = {}): CompiledPack {
  const { source, lineOf } = readPack(file, base);
  try {
    return compilePack(source, { ...options, detectors });
  } catch (error) {
    throw error instanceof PackError ? lineOf(error) : error;
  }
}
