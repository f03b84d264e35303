/**
 * The build step behind `guidelint:precompiled` (esbuild.mjs): compiles the bundled default
 * pack with the run-time compiler and lints a short post in each of its languages, recording
 * every class trie and pattern index compiled on the way, and that its dictionaries are sorted (rules/kinds/pattern/precompiled.ts).
 * The bundles then read those instead of compiling them at start. Because entries are keyed by
 * what they are compiled from, the table is only ever a shortcut: input it does not know
 * compiles as before.
 */
import { lint } from '../../server/src/engine/lint';
import { recordPrecompiled, usePrecompiled, type PrecompiledTable } from '../kinds/pattern/precompiled';
import { defaultPack } from './index';

/** Short posts that make each language's rules compile everything they compile for a first lint. */
const SAMPLES = { en: 'A short post.\n', fr: 'Un court billet.\n' } as const;

/** Every entry compiled for the default pack's first lint in each of its languages. */
export function precompileDefaultPack(): PrecompiledTable {
  const entries: Record<string, string> = {};
  usePrecompiled({});
  recordPrecompiled((key, json) => void (entries[key] = json));
  try {
    const pack = defaultPack();
    for (const language of pack.languages) {
      lint(SAMPLES[language], { pack, format: 'markdown', language });
      // A first lookup checks that the dictionary is sorted, which the table then remembers.
      pack.dictionary?.(language).has('a');
    }
  } finally {
    recordPrecompiled(undefined);
  }
  return Object.fromEntries(Object.entries(entries).sort(([a], [b]) => (a < b ? -1 : 1)));
}
