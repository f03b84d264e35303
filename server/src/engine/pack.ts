/**
 * A compiled guideline pack, as the engine takes it: the guideline texts, the organisation,
 * general advice and the rules, ready to run. Packs are data on disk (rules/pack/ reads and
 * compiles them); the engine never reads files and never picks a pack itself.
 */
import type { Rule } from './rule';
import type { Language } from './types';

/** The languages the engine can parse (retext-english, retext-latin). */
export const LANGUAGES: readonly Language[] = ['en', 'fr'];

/** A text in each language of the engine; a pack written in one language fills the others with it. */
export type Localized = Record<Language, string>;

/** One guideline of a pack. Its id is public interface (config keys, JSON output). */
export interface Guideline {
  id: string;
  title: Localized;
  text: Localized;
  source: string;
}

/** Who the pack is for: the names posts use for the organisation, its contact and its social-media team's page. */
export interface PackOrganisation {
  /** The name first, then other names and aliases ("CERN", "the Laboratory"). */
  names: string[];
  contact: string;
  team?: string;
}

/** A compiled pack. */
export interface Pack {
  id: string;
  name: Localized;
  /** The languages its rules are written for. */
  languages: Language[];
  organisation: PackOrganisation;
  guidelines: Guideline[];
  advice: Localized[];
  /** Sorted by id; ids are unique. */
  rules: readonly Rule[];
  /** The pack's word list of a language (lower case), if it has one: a paragraph made of it needs no detection. */
  dictionary?: (language: Language) => { has(word: string): boolean };
}

/** The guideline with `id` in `pack`, if any. */
export function findGuideline(pack: Pack, id: string): Guideline | undefined {
  return pack.guidelines.find((g) => g.id === id);
}
