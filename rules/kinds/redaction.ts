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

/**
 * A secret as messages show it: its first characters, `…` and, for a long one, its last four
 * (`ghp_abcd…6789`), as secretlint shows them. The CI log or the editor that reports a leaked
 * token must not publish it again; the fix still removes the whole secret. Up to a quarter of
 * the secret (eight characters at most) is shown at the front, so a short password shows one
 * to three characters. `showEnd: false` shows no end (a password: its end is what people vary).
 */
export function maskSecret(secret: string, showEnd = true): string {
  const chars = [...secret];
  if (chars.length <= 1) return '…';
  const front = Math.max(1, Math.min(8, Math.floor(chars.length / 4)));
  const back = showEnd && chars.length >= 20 ? 4 : 0;
  return `${chars.slice(0, front).join('')}…${back ? chars.slice(-back).join('') : ''}`;
}
