/**
 * Quick-fix titles in the document's language. A title is the editor's words around the fix's
 * text ("Replace with …"), the same for every rule, so they live here once instead of in each
 * rule's data; a rule whose fix needs other words gives `messages.fixTitle` in its section.
 */
import type { Fix, Language } from '../api';
import { formatMessage } from './data';

const TITLES: Record<'replace' | 'append' | 'insertAltText' | 'redact', Record<Language, string>> = {
  replace: { en: 'Replace with `{expected}`', fr: 'Remplacer par `{expected}`' },
  append: { en: 'Add `{expected}` at the end', fr: 'Ajouter `{expected}` à la fin' },
  insertAltText: { en: 'Insert alt text `{expected}`', fr: 'Insérer le texte alternatif `{expected}`' },
  redact: { en: 'Redact', fr: 'Masquer' },
};

/** The title of a fix of `kind` in `language` (English for a language without one), with `expected` filled in. */
export function fixTitle(kind: keyof typeof TITLES, language: Language, expected = ''): string {
  return formatMessage(TITLES[kind][language] ?? TITLES[kind].en, { expected });
}

/** The fix that replaces `[start, end)` with `text`, titled in `language`. */
export function replaceFix(language: Language, start: number, end: number, text: string): Fix {
  return { title: fixTitle('replace', language, text), edits: [{ start, end, text }] };
}
