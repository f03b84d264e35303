/** Messages are filled from their templates the same way for every rule. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatMessage } from '../../../rules/kinds/data';
import { frenchSpacing } from '../../../rules/kinds/french-spacing';

test('a placeholder value that spans lines is put on one line; unknown placeholders stay as written', () => {
  assert.equal(formatMessage('Check `{actual}` ({other}).', { actual: 'Il paraît\r\n  que' }), 'Check `Il paraît que` ({other}).');
});

test('French messages get no-break spaces before : ; ! ? », after «, and never inside code spans', () => {
  assert.equal(frenchSpacing('Retirez `{actual}` : vraiment ? « oui » ; `a : b` !'), 'Retirez `{actual}`\u00a0: vraiment\u00a0? «\u00a0oui\u00a0»\u00a0; `a : b`\u00a0!');
  assert.equal(frenchSpacing('Déjà\u00a0: rien à faire.'), 'Déjà\u00a0: rien à faire.');
});
