/** Phrase lists share one first-word index per language, and each list gets exactly the matches it would find alone. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Entry } from '../../../rules/kinds/data';
import { PhraseIndex } from '../../../rules/kinds/phrase-list';
import { analyse } from '../../../server/src/engine/analysis';

const entry = (id: string, phrases: string[]): Entry => ({ id, phrases, expected: [], message: 'default', note: '', examples: { flag: [], allow: [] } });
const text = 'The big data platform runs big data jobs.';
const analysis = analyse(text, 0, 'en');
const covered = (index: PhraseIndex) => index.match(analysis).map((m) => [m.entry.id, text.slice(m.start, m.end)]);

test('a list made after another has matched a block finds its own phrases, and the first keeps its matches', () => {
  const first = new PhraseIndex([entry('data', ['big data'])], 'en');
  assert.deepEqual(covered(first), [['data', 'big data'], ['data', 'big data']]);
  const late = new PhraseIndex([entry('platform', ['big data platform', 'data platform']), entry('jobs', ['jobs'])], 'en');
  assert.deepEqual(covered(late), [['platform', 'big data platform'], ['jobs', 'jobs']]);
  assert.deepEqual(covered(first), [['data', 'big data'], ['data', 'big data']]);
});
