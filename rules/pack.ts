/** Guideline packs: the guideline texts, the organisation and general advice, as data. */
import defaultPackData from './packs/default.yml';
import type { Language } from '../server/src/engine/types';

/** A text in each language the pack supports. */
export type Localized = Record<Language, string>;

/** One guideline of a pack. Its id is public interface. */
export interface Guideline {
  id: string;
  title: Localized;
  text: Localized;
  source: string;
}

/** A guideline pack. */
export interface Pack {
  id: string;
  name: Localized;
  organisation: { names: string[]; contact: string };
  guidelines: Guideline[];
  advice: Localized[];
}

/** A pack that does not have the expected shape; the message names the file and the field. */
export class PackError extends Error {}

function expectString(value: unknown, where: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw new PackError(`${where}: expected a non-empty string`);
  return value;
}

function expectLocalized(value: unknown, where: string): Localized {
  const record = (value ?? {}) as Record<string, unknown>;
  return { en: expectString(record.en, `${where}.en`), fr: expectString(record.fr, `${where}.fr`) };
}

function expectArray(value: unknown, where: string): unknown[] {
  if (!Array.isArray(value)) throw new PackError(`${where}: expected a list`);
  return value;
}

/** Checks that `data` is a pack; `name` is used in error messages. */
export function validatePack(data: unknown, name: string): Pack {
  const raw = (data ?? {}) as Record<string, unknown>;
  const organisation = (raw.organisation ?? {}) as Record<string, unknown>;
  const guidelines = expectArray(raw.guidelines, `${name}: guidelines`).map((entry, index) => {
    const item = (entry ?? {}) as Record<string, unknown>;
    const where = `${name}: guidelines[${index}]`;
    return {
      id: expectString(item.id, `${where}.id`),
      title: expectLocalized(item.title, `${where}.title`),
      text: expectLocalized(item.text, `${where}.text`),
      source: expectString(item.source, `${where}.source`),
    };
  });
  return {
    id: expectString(raw.id, `${name}: id`),
    name: expectLocalized(raw.name, `${name}: name`),
    organisation: {
      names: expectArray(organisation.names, `${name}: organisation.names`).map((n, i) => expectString(n, `${name}: organisation.names[${i}]`)),
      contact: expectString(organisation.contact, `${name}: organisation.contact`),
    },
    guidelines,
    advice: expectArray(raw.advice ?? [], `${name}: advice`).map((a, i) => expectLocalized(a, `${name}: advice[${i}]`)),
  };
}

/** The default pack, shipped in rules/packs/default.yml. */
export const defaultPack: Pack = validatePack(defaultPackData, 'rules/packs/default.yml');

/** The guideline with `id` in `pack`, if any. */
export function findGuideline(pack: Pack, id: string): Guideline | undefined {
  return pack.guidelines.find((g) => g.id === id);
}
