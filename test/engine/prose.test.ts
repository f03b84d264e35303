/** What reaches the rules: only prose, at its exact offsets in the original text. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { markdownToProse } from '../../server/src/engine/markdown';
import { plainTextToProse } from '../../server/src/engine/plain-text';
import { MASK } from '../../server/src/engine/prose';

/** What a masked span of `source` looks like in {@link proseOf}'s output. */
const masked = (source: string): string => '_'.repeat(source.length);

/** The visible prose of every block, with masked runs shown as `_`. */
function proseOf(source: string): string[] {
  return markdownToProse(source).blocks.map((b) => b.text.replaceAll(MASK, '_').replace(/\s+/g, ' ').trim());
}

test('every block text has the length of the source it stands for, so offsets map 1:1', () => {
  const source = '---\ntitle: x\n---\r\n\r\n# Héllo 😀 world\r\n\r\nTabs\there `code` and [a link](https://example.org) 🧪.\r\n';
  for (const block of markdownToProse(source).blocks) {
    const original = source.slice(block.start, block.start + block.text.length);
    for (let i = 0; i < original.length; i++) {
      if (block.text[i] !== MASK && block.text[i] !== ' ') assert.equal(block.text[i], original[i], `offset ${block.start + i}`);
    }
  }
});

test('code blocks, inline code, front matter and HTML never reach the rules', () => {
  const source = [
    '---', 'summary: "Off the record!!!"', '---', '',
    'Before `internal only` after.', '',
    '```text', 'call +41 22 555 00 00', '```', '',
    '<div title="confidential">Hidden?</div>', '',
    '    indented code line', '',
    'Last paragraph.',
  ].join('\n');
  assert.deepEqual(proseOf(source), [`Before ${masked('`internal only`')} after.`, 'Last paragraph.']);
});

test('link destinations and bare URLs are masked, link text is prose', () => {
  assert.deepEqual(proseOf('See [click here](https://example.org/click-here-to-book) or https://example.org/x, or <https://a.example>.'), [
    `See _click here${masked('](https://example.org/click-here-to-book)')} or ${masked('https://example.org/x')}, or ${masked('<https://a.example>')}.`,
  ]);
});

test('bare URLs in Markdown are link spans with their exact range, trailing punctuation outside', () => {
  // GFM's autolink literals are not parsed (gfm-syntax.ts): the prose step finds bare URLs itself.
  const source = 'Read https://example.org/a_b?x=1. Then www.example.org/path, then *https://example.org/em*!';
  const [block] = markdownToProse(source).blocks;
  assert.deepEqual(block.links.map((l) => source.slice(l.start, l.end)), ['https://example.org/a_b?x=1', 'www.example.org/path', 'https://example.org/em']);
  assert.deepEqual(block.links.map((l) => l.url), ['https://example.org/a_b?x=1', 'www.example.org/path', 'https://example.org/em']);
});

test('image alt text is a block of its own, and the image is masked in its paragraph', () => {
  const prose = markdownToProse('Look: ![A detector at night](/img/d.jpg) and ![](/img/e.png).');
  assert.deepEqual(prose.blocks.map((b) => [b.kind, b.text.replaceAll(MASK, '_').trim()]), [
    ['paragraph', `Look: ${masked('![A detector at night](/img/d.jpg)')} and ${masked('![](/img/e.png)')}.`],
    ['alt', 'A detector at night'],
  ]);
  assert.deepEqual(prose.images.map((i) => [i.alt, i.url]), [['A detector at night', '/img/d.jpg'], ['', '/img/e.png']]);
});

test('a bare e-mail address stays prose (it is personal data), a bare web address does not', () => {
  assert.deepEqual(proseOf('Mail jane@example.org or visit www.example.org today.'), [`Mail jane@example.org or visit ${masked('www.example.org')} today.`]);
});

test('block quotes record whether they link to a source', () => {
  const prose = markdownToProse('> Quoted without a link.\n\nText.\n\n> Quoted [with](https://example.org) a link.\n');
  assert.deepEqual(prose.quotes.map((q) => q.linked), [false, true]);
  assert.deepEqual(prose.blocks.map((b) => b.quoted), [true, false, true]);
});

test('front matter is parsed for options and the body starts after it', () => {
  const source = '---\nplatform: tweet\nlang: fr\n---\nBonjour.';
  const prose = markdownToProse(source);
  assert.deepEqual(prose.frontmatter, { platform: 'tweet', lang: 'fr' });
  assert.equal(source.slice(prose.bodyStart), '\nBonjour.');
});

test('malformed front matter does not throw', () => {
  assert.deepEqual(markdownToProse('---\n: : [\n---\nText.').frontmatter, {});
});

test('plain text: paragraphs split at blank lines (CRLF too), URLs masked', () => {
  const source = 'One https://example.org/a.\r\n\r\nTwo\r\nlines.\n \nThree.';
  const blocks = plainTextToProse(source).blocks;
  assert.deepEqual(blocks.map((b) => source.slice(b.start, b.start + b.text.length)), ['One https://example.org/a.', 'Two\r\nlines.', 'Three.']);
  assert.equal(blocks[0].text, `One ${MASK.repeat('https://example.org/a'.length)}.`);
  assert.deepEqual(blocks[0].links.map((l) => l.url), ['https://example.org/a']);
});
