/** The guidelines page's words (client/src/view/labels.ts) in VS Code's display language, with its plural rules. */
import { useLanguage } from './fake-vscode';
import assert from 'node:assert/strict';
import { afterEach, test } from 'node:test';
import { viewLabels } from '../../client/src/view/labels';
import type { GuidelinesModel } from '../../client/src/view/model';

afterEach(() => useLanguage('en'));

const finding = { ruleId: 'email-address', message: 'm', severity: 'warning' as const, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } } };
const guideline = (id: string, findings: number) => ({ id, title: id, text: 't', source: 's', reasons: [], findings: Array(findings).fill(finding) });
const model = (guidelines: GuidelinesModel['guidelines']): GuidelinesModel =>
  ({ uri: 'file:///post.md', version: 1, language: 'fr', advice: [], fileName: 'post.md', guidelines });

test('in English: headings, counts with English plurals, and templates for the page', () => {
  const labels = viewLabels(model([guideline('privacy', 1)]));
  assert.equal(labels.locale, 'en');
  assert.equal(labels.heading, 'Guidelines for post.md');
  assert.equal(labels.summary, '1 guideline applies · 1 finding');
  assert.equal(viewLabels(model([])).summary, '0 guidelines apply · 0 findings');
  assert.equal(labels.position, 'Ln {0}, Col {1}');
  assert.equal(labels.findingsFor, 'Findings for {0}');
});

test('in French: French words, and French plurals (0 and 1 are singular)', () => {
  useLanguage('fr');
  const labels = viewLabels(model([guideline('privacy', 2), guideline('clear', 1)]));
  assert.equal(labels.locale, 'fr');
  assert.equal(labels.heading, 'Lignes directrices pour post.md');
  assert.equal(labels.summary, "2 lignes directrices s'appliquent · 3 problèmes");
  assert.equal(viewLabels(model([])).summary, "0 ligne directrice s'applique · 0 problème");
  assert.equal(labels.whyItApplies, "Pourquoi elle s'applique");
  assert.equal(labels.position, 'Ligne {0}, colonne {1}');
  assert.deepEqual(labels.severities, { error: 'erreur', warning: 'avertissement', info: 'information' });
});

test('a display language without a bundle gets the English words with English plurals', () => {
  useLanguage('ja');
  const labels = viewLabels(model([guideline('privacy', 1)]));
  assert.equal(labels.locale, 'en');
  assert.equal(labels.summary, '1 guideline applies · 1 finding');
});
