/** Offset ↔ position conversion: UTF-16 code units, CRLF, astral characters, clamping. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { rangeContains, rangesIntersect, toLspEdit, toOffset, toRange } from '../../server/src/lsp/positions';

const text = 'a😀b\r\nsecond line\rthird\n';
const document = TextDocument.create('file:///x.md', 'markdown', 1, text);

test('an offset after an astral character counts two UTF-16 code units', () => {
  const b = text.indexOf('b');
  assert.equal(b, 3);
  assert.deepEqual(toRange(document, b, b + 1), { start: { line: 0, character: 3 }, end: { line: 0, character: 4 } });
});

test('CRLF and a lone CR both end a line', () => {
  assert.deepEqual(toRange(document, text.indexOf('second'), text.indexOf('second') + 6).start, { line: 1, character: 0 });
  assert.deepEqual(toRange(document, text.indexOf('third'), text.indexOf('third')).start, { line: 2, character: 0 });
});

test('offsets and positions round-trip, and a position past a line end clamps to it', () => {
  for (let offset = 0; offset <= text.length; offset++) {
    if (text[offset - 1] === '\r' && text[offset] === '\n') continue; // between CR and LF is no position
    assert.equal(toOffset(document, document.positionAt(offset)), offset);
  }
  assert.equal(toOffset(document, { line: 1, character: 999 }), text.indexOf('\r', 5));
});

test('an engine edit becomes an LSP edit on the same text', () => {
  const start = text.indexOf('second');
  assert.deepEqual(toLspEdit(document, { start, end: start + 6, text: 'first' }), {
    range: { start: { line: 1, character: 0 }, end: { line: 1, character: 6 } }, newText: 'first',
  });
});

test('touching ranges intersect; containment includes the ends', () => {
  const r = (a: number, b: number, c: number, d: number) => ({ start: { line: a, character: b }, end: { line: c, character: d } });
  assert.equal(rangesIntersect(r(0, 0, 0, 5), r(0, 5, 0, 9)), true);
  assert.equal(rangesIntersect(r(0, 0, 0, 5), r(0, 6, 0, 9)), false);
  assert.equal(rangeContains(r(0, 0, 1, 0), r(0, 0, 1, 0)), true);
  assert.equal(rangeContains(r(0, 1, 1, 0), r(0, 0, 0, 3)), false);
});
