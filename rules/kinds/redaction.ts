/** Redaction fixes in the document's language: the text put in place of what is removed, and the fix's title. */
import type { Fix, Language } from '../api';
import { dataString, type RuleData } from './data';
import { fixTitle } from './fix-titles';
import { redactFix } from './regex';

/**
 * The redaction fix of a rule's language section: its `redaction` (the text put in place,
 * `[masqué]`, else `[redacted]`), titled in the section's language (*Masquer*, *Redact*), or
 * with the section's `redactTitle` where a rule needs other words.
 */
export function redactionOf(file: RuleData): (start: number, end: number) => Fix {
  const text = file.redaction === undefined ? undefined : dataString(file, 'redaction');
  // A section's path ends with its language key (`fr`): rules/pack/spec.ts.
  const language = file.path[file.path.length - 1] as Language;
  const title = file.redactTitle === undefined ? fixTitle('redact', language) : dataString(file, 'redactTitle');
  return (start, end) => redactFix(start, end, text, title);
}
