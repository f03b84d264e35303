/** The server's own words (server/src/lsp/messages.ts): complete in both languages, and French typography in French. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { defaultPack } from '../../rules/pack/index';
import { describeFinding } from '../../server/src/lsp/hover';
import { SERVER_MESSAGES, type ServerMessages } from '../../server/src/lsp/messages';
import { frenchTypographyProblems } from '../helpers/french-typography';

/** Every string a message table produces, its functions called with sample values. */
function texts(messages: ServerMessages): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (value: unknown, path: string): void => {
    if (typeof value === 'string') out[path] = value;
    else if (typeof value === 'function') out[path] = (value as (x: unknown) => string)(path.endsWith('findings') ? 2 : 'X');
    else for (const [key, item] of Object.entries(value as object)) walk(item, path ? `${path}.${key}` : key);
  };
  walk(messages, '');
  return out;
}

test('English and French say the same things, and the French is translated', () => {
  const en = texts(SERVER_MESSAGES.en);
  const fr = texts(SERVER_MESSAGES.fr);
  assert.deepEqual(Object.keys(fr), Object.keys(en));
  for (const key of Object.keys(en)) assert.notEqual(fr[key], en[key], key);
});

test('the French messages follow French typography (no-break spaces, « »)', () => {
  for (const [key, text] of Object.entries(texts(SERVER_MESSAGES.fr))) assert.deepEqual(frenchTypographyProblems(text), [], key);
});

test('French counts: one problem, several problems', () => {
  assert.equal(SERVER_MESSAGES.fr.reasons.findings(1), '1 problème dans ce texte.');
  assert.equal(SERVER_MESSAGES.fr.reasons.findings(3), '3 problèmes dans ce texte.');
  assert.equal(SERVER_MESSAGES.en.reasons.findings(1), '1 finding in this text.');
});

test('a French hover quotes what a pattern matched in « »', () => {
  const finding = {
    ruleId: 'judged-organisation', guideline: 'reputation', severity: 'warning' as const, message: 'Critiquez ce qui a été fait.',
    start: 0, end: 5, actual: 'x', expected: [], url: 'https://example.org/rule', fixes: [], matched: { target: 'la direction' },
  };
  const fr = describeFinding(finding, 'fr', defaultPack());
  assert.match(fr, /\n\*Reconnu\u00a0:\* target = «\u00a0la direction\u00a0»\n/);
  assert.match(describeFinding(finding, 'en', defaultPack()), /\n\*Matched:\* target = “la direction”\n/);
});
