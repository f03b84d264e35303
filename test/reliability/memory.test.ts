/**
 * Issue 12, "Bounded memory": what the server keeps of a document goes when the document is
 * closed. Three views of it, none timed:
 * - through the protocol: after N documents are opened (one of them put out of sync by a
 *   refused change) and closed, every per-document map of the server is empty (its test hooks,
 *   `GUIDELINT_TEST_HOOKS=1`, answer `guidelint/internal/stats`; without them it does not);
 * - in the engine: once a document's linter is dropped, no block analysis of it survives a full
 *   collection (the rules' shared lists and indexes hold nothing of a closed document);
 * - the idle collector compacts only after quiet time, only when the heap has grown, and work
 *   postpones it.
 * The soak with figures is the bench's section (g) (`npm run bench -- --only=g`).
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { setImmediate as tick } from 'node:timers/promises';
import { defaultPack } from '../../rules/pack/index';
import { analyse } from '../../server/src/engine/analysis';
import { DocumentLinter } from '../../server/src/engine/index';
import { organisationIndex, REMEMBERED_NAME_LISTS } from '../../rules/kinds/organisation';
import { exposedCollector, IdleMemory } from '../../server/src/lsp/idle-memory';
import { INTERNAL_STATS_METHOD, type InternalStats } from '../../server/src/lsp/internal-stats';
import { docUri, LspClient } from '../lsp/lsp-client';

const samples = ['examples', 'test/fixtures/posts'].flatMap((folder) => readdirSync(folder).filter((f) => /\.(md|txt)$/.test(f)).map((f) => readFileSync(`${folder}/${f}`, 'utf8')));

test('after N documents are opened, edited, put out of sync and closed, the server keeps nothing of them', async () => {
  const client = await LspClient.start({ env: { GUIDELINT_TEST_HOOKS: '1' } });
  try {
    const uris = Array.from({ length: 24 }, (_, i) => docUri(`kept-${i}.md`));
    for (const [i, uri] of uris.entries()) {
      await client.open(uri, 'markdown', samples[i % samples.length]);
      await client.diagnostics(uri, { version: 1 });
    }
    // One edit, and one change the server must refuse (a line past the end): that document is out of sync.
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: uris[0], version: 2 }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'Hello. ' }] });
    await client.diagnostics(uris[0], { version: 2 });
    const from = client.mark();
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: uris[1], version: 2 }, contentChanges: [{ range: { start: { line: 9999, character: 0 }, end: { line: 9999, character: 0 } }, text: 'x' }] });
    await client.waitFor('textDocument/publishDiagnostics', (p: { uri: string }) => p.uri === uris[1], from);
    const open: InternalStats = await client.request(INTERNAL_STATS_METHOD, {});
    assert.deepEqual([open.documents, open.results, open.linters, open.outOfSync], [24, 23, 24, 1]);
    const closed = client.mark();
    for (const uri of uris) await client.close(uri);
    for (const uri of uris) await client.waitFor('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: unknown[] }) => p.uri === uri && p.diagnostics.length === 0, closed);
    const stats: InternalStats = await client.request(INTERNAL_STATS_METHOD, {});
    assert.deepEqual({ documents: stats.documents, results: stats.results, linters: stats.linters, scheduled: stats.scheduled, outOfSync: stats.outOfSync },
      { documents: 0, results: 0, linters: 0, scheduled: 0, outOfSync: 0 });
  } finally {
    await client.stop();
  }
});

test('without its test hooks the server does not answer the internal request', async () => {
  const client = await LspClient.start();
  try {
    await assert.rejects(client.request(INTERNAL_STATS_METHOD, {}), /Unhandled method|not found/i);
  } finally {
    await client.stop();
  }
});

test('once a document\'s linter is dropped, no block analysis of it survives a full collection', async () => {
  const collect = exposedCollector();
  assert.ok(collect, 'V8 collector available');
  const pack = defaultPack();
  const analyses: WeakRef<object>[] = [];
  const tracking: typeof analyse = (text, start, language) => {
    const analysis = analyse(text, start, language);
    analyses.push(new WeakRef(analysis), new WeakRef(analysis.words));
    return analysis;
  };
  // A linter per sample, each with two versions (a block changed, the others reused or moved).
  const lintAll = () => {
    for (const [i, text] of samples.entries()) {
      const linter = new DocumentLinter({ pack, format: i % 2 === 0 ? 'markdown' : 'text', parseBlock: tracking });
      linter.check(text);
      linter.check(`Intro line.\n\n${text.replace(/\bthe\b/, 'teh')}`);
    }
  };
  lintAll();
  assert.ok(analyses.length > 100, `${analyses.length} analyses tracked`);
  // WeakRef targets stay alive until the end of the job that made them (or that last read
  // them), and what V8 frees in one collection may only become collectable in a later one:
  // a few rounds, each in a new job. What a shared rule or index still holds never goes.
  let alive = analyses.length;
  for (let round = 0; round < 6 && alive > 0; round++) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    collect();
    collect();
    await tick();
    alive = analyses.filter((ref) => ref.deref() !== undefined).length;
  }
  assert.equal(alive, 0, `${alive} of ${analyses.length} analyses (and their words) of dropped linters are still reachable`);
});

test('the idle collector compacts after quiet time, only when the heap has grown, and work postpones it', () => {
  let committed = 30;
  let collections = 0;
  // A manual clock: `pending` is the one scheduled run, `elapse` moves time on.
  let pending: { at: number; run: () => void } | undefined;
  let now = 0;
  const schedule = (run: () => void, ms: number) => {
    const entry = { at: now + ms, run };
    pending = entry;
    return () => void (pending === entry && (pending = undefined));
  };
  const elapse = (ms: number) => {
    now += ms;
    if (pending && pending.at <= now) {
      const { run } = pending;
      pending = undefined;
      run();
    }
  };
  const memory = new IdleMemory({ idleMs: 30, growthBytes: 32, collect: () => void collections++, heap: () => ({ committed, used: 0 }), schedule });
  memory.worked();
  elapse(60);
  assert.equal(collections, 0, 'the heap has not grown: no collection');
  committed = 100;
  memory.worked();
  elapse(15);
  memory.worked();
  elapse(20);
  assert.equal(collections, 0, 'work 15 ms later postponed it');
  elapse(10);
  assert.equal(collections, 2, 'two full collections once quiet');
  // The baseline is now the compacted size: the same size again is no reason to collect.
  memory.worked();
  elapse(60);
  assert.equal(collections, 2);
  memory.dispose();
});

test('indexes built per list of organisation names are bounded: editing the setting all day does not pile them up', () => {
  const entries = [{ id: 'e', phrases: ['on behalf of {organisation}'], expected: [], message: 'default', note: '', examples: { flag: [], allow: [] } }];
  const first = organisationIndex(entries, ['Acme']);
  assert.equal(organisationIndex(entries, ['Acme']), first, 'a list seen again reuses its index');
  for (let i = 0; i < REMEMBERED_NAME_LISTS; i++) organisationIndex(entries, [`Acme ${i}`]);
  assert.notEqual(organisationIndex(entries, ['Acme']), first, `after ${REMEMBERED_NAME_LISTS} other lists the first was forgotten`);
});
