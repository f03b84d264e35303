/** Redaction fixes in the document's language: the text put in place of what is removed, and the fix's title. */
import type { Fix } from '../api';
import { dataString, type RuleData } from './data';
import { redactFix } from './regex';

/**
 * The redaction fix of a rule's language section: its `redaction` (the text put in place,
 * `[masqué]`) and `redactTitle` (`Masquer`), else those of {@link redactFix} (`[redacted]`, `Redact`).
 */
export function redactionOf(file: RuleData): (start: number, end: number) => Fix {
  const text = file.redaction === undefined ? undefined : dataString(file, 'redaction');
  const title = file.redactTitle === undefined ? undefined : dataString(file, 'redactTitle');
  return (start, end) => {
    const fix = redactFix(start, end, text);
    return title === undefined ? fix : { ...fix, title };
  };
}
