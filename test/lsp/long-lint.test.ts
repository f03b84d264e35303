/**
 * Issue 12: a long lint must not stop the server from answering. The server's lint loop gives
 * the event loop a turn between blocks (every 20 ms of work), so requests and newer versions are
 * served while it runs, and a newer version stops the older run at its next turn. A rule that
 * spins 3 ms on each of 100 blocks makes the lint long; what is asserted is the order of events
 * and what is published, never a time.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { defaultPack } from '../../rules/pack/index';
import type { Rule } from '../../server/src/engine/rule';
import { OpenDocuments, type DocumentStore, type LinterConnection } from '../../server/src/lsp/documents';
import { DEFAULT_CONFIG } from '../../server/src/lsp/settings';

const BLOCKS = 100;
const post = (word: string): string => Array.from({ length: BLOCKS }, (_, k) => `${word} paragraph number ${k}.`).join('\n\n');

function setup() {
  const seen: string[] = [];
  const spinning: Rule = {
    meta: { id: 'spinning-rule', guideline: 'privacy', description: 'A slow rule.', severity: 'warning', languages: ['en', 'fr'], fix: 'none' },
    checkBlock: function spinningRule({ block }) {
      seen.push(block.text.split(' ')[0]);
      const until = performance.now() + 3;
      while (performance.now() < until) {
        // Spin.
      }
      return [];
    },
  };
  const published: { uri: string; version?: number }[] = [];
  const connection = {
    console: { error: () => {}, warn: () => {} },
    sendDiagnostics: async (params: (typeof published)[number]) => void published.push(params),
  } as unknown as LinterConnection;
  const open = new Map<string, TextDocument>();
  const store: DocumentStore = { get: (uri: string) => open.get(uri), all: () => [...open.values()] } as DocumentStore;
  const pack = { ...defaultPack(), rules: [...defaultPack().rules, spinning] };
  const current = { ...DEFAULT_CONFIG, debounceMs: 0 };
  const openDocuments = new OpenDocuments(connection, store, { current, ready: Promise.resolve(), forDocument: () => ({ ...current, pack }) });
  const edit = (version: number, text: string): void => {
    const document = TextDocument.create('file:///long.md', 'markdown', version, text);
    open.set(document.uri, document);
    openDocuments.onDidChangeContent(document);
  };
  return { seen, published, openDocuments, edit };
}

test('a long lint lets other work run before it publishes', async () => {
  const { published, openDocuments, edit } = setup();
  edit(1, post('Alpha'));
  const linted = openDocuments.resultFor('file:///long.md');
  // A timer set as the lint starts: with a lint that never yields, it would fire after the publication.
  const publishedWhenTimerFired = await new Promise<number>((resolve) => setTimeout(() => resolve(published.length), 0));
  await linted;
  assert.equal(publishedWhenTimerFired, 0);
  assert.deepEqual(published.map((p) => p.version), [1]);
});

test('a newer version stops the older run at its next turn: only the newer is linted to the end and published', async () => {
  const { seen, published, openDocuments, edit } = setup();
  edit(1, post('Alpha'));
  void openDocuments.resultFor('file:///long.md');
  await new Promise((resolve) => setTimeout(resolve, 0));
  edit(2, post('Beta'));
  // Let the newer version's debounce fire, then wait for its result.
  await new Promise((resolve) => setTimeout(resolve, 0));
  const result = await openDocuments.resultFor('file:///long.md');
  for (let k = 0; k < 1000 && published.length === 0; k++) await new Promise((resolve) => setTimeout(resolve, 5));
  assert.deepEqual(published.map((p) => p.version), [2]);
  assert.ok(seen.filter((w) => w === 'Alpha').length < BLOCKS, `the old version was checked on ${seen.filter((w) => w === 'Alpha').length} blocks`);
  assert.equal(seen.filter((w) => w === 'Beta').length, BLOCKS);
  assert.ok(result === undefined || result.version === 2);
});
