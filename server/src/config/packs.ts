/**
 * From a config file to the pack to lint with: its packs loaded (the default one bundled,
 * others read from disk), composed into one, with the config's rule options and vocabulary
 * compiled in. Compiled packs are cached by what went into them, so that a server with many
 * documents under one config compiles once.
 */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { defaultPack, loadPack, type CompiledPack, type PackOptions } from '../../../rules/pack/index';
import type { RuleSpec } from '../../../rules/pack/spec';
import type { ConfigLists } from './config-file';

/** What a pack is compiled with. */
export interface PackRequest {
  /** `default` or paths relative to `dir`. */
  packs: string[];
  dir: string;
  options: Record<string, Record<string, unknown>>;
  lists: ConfigLists;
}

const cache = new Map<string, CompiledPack>();
const CACHE_LIMIT = 16;

function hasLists(lists: ConfigLists): boolean {
  return Object.values(lists).some((list) => (Array.isArray(list) ? list.length > 0 : Object.keys(list).length > 0));
}

/** The rule data a config list extends: rule id, data key and how to merge. */
function extendWith(lists: ConfigLists): (spec: RuleSpec) => RuleSpec {
  return (spec) => {
    const id = spec.meta.id;
    const data = { ...spec.data };
    for (const [language, section] of Object.entries(data) as [keyof typeof data, NonNullable<(typeof data)['en']>][]) {
      const copy = { ...section };
      // The workspace's acronyms join the known ones: their first use is reported with the expansion as the fix.
      if (id === 'acronym-first-use') copy.known = { ...(section.known as object), ...lists.acronyms };
      if (id === 'jargon') {
        copy.entries = [...section.entries, ...Object.entries(lists.jargon).map(([term, plain]) => ({
          id: `config-${term}`, phrases: [term], expected: [plain], message: 'replace', note: 'From the workspace configuration.', examples: { flag: [], allow: [] },
        }))];
      }
      if (id === 'internal-host') copy.internalDomains = [...((section.internalDomains as string[]) ?? []), ...lists.internalHosts];
      if (id === 'email-address') copy.publicAddresses = [...((section.publicAddresses as string[]) ?? []), ...lists.functionalAddresses];
      data[language] = copy;
    }
    return { ...spec, data };
  };
}

function loadOne(reference: string, dir: string, options: PackOptions): CompiledPack {
  if (reference === 'default') return defaultPack(Object.keys(options).length ? options : undefined);
  return loadPack(resolve(dir, reference), process.cwd(), options);
}

/** Several packs as one: guidelines and rules of all (a later pack's guideline replaces one with its id), the last pack's organisation. */
export function composePacks(packs: readonly CompiledPack[]): CompiledPack {
  if (packs.length === 1) return packs[0];
  const guidelines = new Map(packs.flatMap((p) => p.guidelines).map((g) => [g.id, g]));
  const rules = new Map(packs.flatMap((p) => p.rules).map((r) => [r.meta.id, r]));
  const specs = new Map(packs.flatMap((p) => p.specs).map((s) => [s.meta.id, s]));
  const last = packs[packs.length - 1];
  const byId = <T extends { meta: { id: string } }>(a: T, b: T) => (a.meta.id < b.meta.id ? -1 : 1);
  return {
    ...last,
    id: packs.map((p) => p.id).join('+'),
    languages: [...new Set(packs.flatMap((p) => p.languages))],
    guidelines: [...guidelines.values()],
    advice: packs.flatMap((p) => p.advice),
    rules: [...rules.values()].sort(byId),
    specs: [...specs.values()].sort(byId),
  };
}

/** The compiled pack for `request`. Throws `PackError` (file, line, key) for a broken pack. */
export function packFor(request: PackRequest): CompiledPack {
  const stamps = request.packs.map((p) => {
    if (p === 'default') return p;
    const path = resolve(request.dir, p);
    try {
      return `${path}@${statSync(path).mtimeMs}`;
    } catch {
      return path;
    }
  });
  const key = JSON.stringify([stamps, request.options, request.lists]);
  let pack = cache.get(key);
  if (!pack) {
    const options: PackOptions = {};
    if (Object.keys(request.options).length) options.options = request.options;
    if (hasLists(request.lists)) {
      options.extend = extendWith(request.lists);
      if (request.lists.products.length) options.classes = { PRODUCT: request.lists.products };
    }
    pack = composePacks(request.packs.map((reference) => loadOne(reference, request.dir, options)));
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
    cache.set(key, pack);
  }
  return pack;
}
