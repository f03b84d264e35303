import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hasCitation, hasReference } from '../../../rules/kinds/citation';
import { MASK, type ProseBlock } from '../../../server/src/engine/prose';

const block = (text: string, links: ProseBlock['links'] = []): ProseBlock =>
  ({ kind: 'text', start: 100, text, quoted: false, listItem: false, links });

test('hasReference recognises written references', () => {
  for (const text of [
    'Studies show this (Smith et al. 2020).',
    'Studies show this (Smith 2020; Jones 2021).',
    'Studies show this (Smith and Jones, 2019).',
    'As Smith et al. (2020) found, it works.',
    'Studies show this [1].',
    'Studies show this [2, 3].',
    'See arXiv:2101.01234 for the analysis.',
    'The paper (doi:10.1000/xyz123) says so.',
    'Experts agree (see the PDG review).',
    'Studies show this (source: the annual report).',
    'Source: the 2023 survey of students.',
    'Studies show that, see our 2023 report.',
    'According to the outreach review (2022 edition), it works.',
  ]) assert.ok(hasReference(text), text);
});

test('hasReference ignores sentences without a reference', () => {
  for (const text of [
    'Studies show that outreach doubles interest.',
    'Everyone knows the Standard Model is dead (or so they say).',
    'According to my supervisor, it works.',
    'We met in 2020 at the workshop.',
    'The array [a, b] holds two values.',
    'See the light at the end of the tunnel.',
  ]) assert.ok(!hasReference(text), text);
});

test('hasCitation counts a link inside the range, not one outside it', () => {
  const text = 'Studies show this. More at the link.';
  const linked = block(text, [{ start: 130, end: 134, url: 'https://example.org' }]);
  assert.equal(hasCitation(linked, 100, 118), false);
  assert.equal(hasCitation(linked, 119, 136), true);
});

test('hasCitation counts a long masked run (a URL) in the range', () => {
  assert.equal(hasCitation(block(`Studies show this ${MASK.repeat(20)}.`), 100, 140), true);
  assert.equal(hasCitation(block(`Studies show this ${MASK.repeat(3)}.`), 100, 123), false);
});
