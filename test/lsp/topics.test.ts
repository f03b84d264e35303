/** Topic detection for the guidelines view: organisation, images, products. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectTopics } from '../../server/src/lsp/topics';

const kinds = (text: string, language: 'en' | 'fr' = 'en') => detectTopics(text, language, ['CERN']).map((t) => `${t.kind}:${t.evidence}`);

test('the organisation is found as a whole word, as written', () => {
  assert.deepEqual(kinds('A day at CERN.'), ['organisation:CERN']);
  assert.deepEqual(kinds('CERN’s new hall'), ['organisation:CERN']);
  assert.deepEqual(kinds('The CERNOX sensor and the word cern.'), []);
});

test('images: Markdown, HTML and links to image files', () => {
  assert.deepEqual(kinds('![A magnet](magnet.png)'), ['images:![A magnet](']);
  assert.deepEqual(kinds('![A magnet][fig]'), ['images:![A magnet][']);
  assert.deepEqual(kinds('<img src="x">'), ['images:<img']);
  assert.deepEqual(kinds('See https://example.org/photo.JPG'), ['images:https://example.org/photo.JPG']);
  assert.deepEqual(kinds('A [link](page.html) and a png-free sentence.'), []);
});

test('products: a trademark sign after a name, or a product word, in the post\'s language', () => {
  assert.deepEqual(kinds('We use Acme Cloud® daily.'), ['products:Acme Cloud®']);
  assert.deepEqual(kinds('Try the FieldNotes ™ now'), ['products:FieldNotes ™']);
  assert.deepEqual(kinds('A new startup came by.'), ['products:startup']);
  assert.deepEqual(kinds('Ce logiciel est utile.', 'fr'), ['products:logiciel']);
  assert.deepEqual(kinds('Happy to be here; the application deadline is near.'), []);
  assert.deepEqual(kinds('Our apparatus works.'), [], '"app" only as a whole word');
});

test('the offsets point at the evidence', () => {
  const text = 'Hello from CERN!';
  const [topic] = detectTopics(text, 'en', ['CERN']);
  assert.equal(text.slice(topic.start, topic.end), 'CERN');
});
