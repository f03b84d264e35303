/** Quick-fix titles speak the document's language, whichever rule or kind offers the fix. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { defaultPack } from '../../../rules/pack/index';
import { lint } from '../../../server/src/engine/index';

const titles = (text: string, language: 'en' | 'fr') =>
  lint(text, { pack: defaultPack(), format: 'text', language }).flatMap((f) => f.fixes.map((fix) => `${f.ruleId}: ${fix.title}`));

test('a French post gets French fix titles from phrase, occurrence and detector rules', () => {
  assert.deepEqual(titles('Salut les gars, la réunion est à midi !!!', 'fr'), [
    'non-inclusive-term: Remplacer par `tout le monde`',
    'exclamation-run: Remplacer par `!`',
  ]);
});

test('the same kinds give English titles on an English post', () => {
  assert.deepEqual(titles('Hey guys, the meeting is at noon!!!', 'en'), [
    'non-inclusive-term: Replace with `everyone`',
    'non-inclusive-term: Replace with `folks`',
    'exclamation-run: Replace with `!`',
  ]);
});

test('a French redaction and a French disclaimer are titled in French', () => {
  assert.deepEqual(titles('Écrivez-moi à jeanne.martin@example.org.', 'fr'), ['email-address: Masquer']);
  const disclaimer = titles('La nouvelle politique de télétravail du CERN est une mauvaise décision.', 'fr').filter((t) => t.startsWith('missing-disclaimer'));
  assert.deepEqual(disclaimer, ['missing-disclaimer: Ajouter `Les opinions exprimées ici n\'engagent que moi.` à la fin']);
});
