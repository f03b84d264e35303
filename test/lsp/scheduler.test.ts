/** The lint scheduler: debounce, and cancellation of superseded runs (the stale-version guard's base). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LintScheduler, type RunToken } from '../../server/src/lsp/scheduler';

function recorder(delay = 200) {
  const runs: string[] = [];
  const errors: string[] = [];
  const scheduler = new LintScheduler((uri) => void runs.push(uri), () => delay, (uri, error) => errors.push(`${uri}: ${error}`));
  return { runs, errors, scheduler };
}

test('changes within the debounce coalesce into one lint, after the debounce', (t) => {
  t.mock.timers.enable({ apis: ['setTimeout'] });
  const { runs, scheduler } = recorder(200);
  scheduler.schedule('a');
  t.mock.timers.tick(150);
  scheduler.schedule('a');
  t.mock.timers.tick(199);
  assert.deepEqual(runs, []);
  t.mock.timers.tick(1);
  assert.deepEqual(runs, ['a']);
});

test('documents are debounced independently', (t) => {
  t.mock.timers.enable({ apis: ['setTimeout'] });
  const { runs, scheduler } = recorder(100);
  scheduler.schedule('a');
  t.mock.timers.tick(50);
  scheduler.schedule('b');
  t.mock.timers.tick(50);
  assert.deepEqual(runs, ['a']);
  t.mock.timers.tick(50);
  assert.deepEqual(runs, ['a', 'b']);
});

test('cancel (on close) drops a pending lint', (t) => {
  t.mock.timers.enable({ apis: ['setTimeout'] });
  const { runs, scheduler } = recorder();
  scheduler.schedule('a');
  scheduler.cancel('a');
  t.mock.timers.tick(1000);
  assert.deepEqual(runs, []);
  assert.equal(scheduler.isPending('a'), false);
});

test('flush runs a pending lint at once, and does nothing when none is pending', async () => {
  const { runs, scheduler } = recorder(60_000);
  scheduler.schedule('a');
  await scheduler.flush('a');
  await scheduler.flush('a');
  assert.deepEqual(runs, ['a']);
});

test('a newer change cancels the token of a run still in progress', async () => {
  const tokens: RunToken[] = [];
  let finish!: () => void;
  const scheduler = new LintScheduler((_uri, token) => {
    tokens.push(token);
    return new Promise<void>((resolve) => (finish = resolve));
  }, () => 0, () => {});
  scheduler.schedule('a');
  const first = scheduler.flush('a');
  assert.equal(tokens[0].cancelled, false);
  scheduler.schedule('a');
  assert.equal(tokens[0].cancelled, true, 'the older run learns it is stale');
  finish();
  await first;
  scheduler.dispose();
});

test('a run that throws is reported, never thrown', async () => {
  const errors: string[] = [];
  const scheduler = new LintScheduler(() => {
    throw new Error('boom');
  }, () => 0, (uri, error) => errors.push(`${uri}: ${(error as Error).message}`));
  scheduler.schedule('a');
  await scheduler.flush('a');
  assert.deepEqual(errors, ['a: boom']);
});
