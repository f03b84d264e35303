import assert from 'node:assert/strict';
import { test } from 'node:test';
import retextEquality from 'retext-equality';
import { mayMatch, retextPluginRunner, searchForm } from '../../../rules/kinds/retext-plugin';
import { analyse } from '../../../server/src/engine/analysis';
import type { BlockContext } from '../../../server/src/engine/rule';
import type { ProseBlock } from '../../../server/src/engine/prose';

function contextOf(text: string, start = 0): BlockContext {
  const block: ProseBlock = { kind: 'text', start, text, quoted: false, listItem: false, links: [] };
  return { block, analysis: analyse(text, start, 'en'), language: 'en', format: 'text', settings: { audience: 'general', platform: undefined, organisation: [] } };
}

test('searchForm drops case, apostrophes and dashes as nlcst-search does', () => {
  assert.equal(searchForm('Shit-Show'), 'shitshow');
  assert.equal(searchForm('Don’t'), 'dont');
});

test('mayMatch lets through plural and singular forms of a first word', () => {
  const words = new Set(['bitch', 'guys', 'party']);
  assert.ok(mayMatch(contextOf('Those bitches again.'), words));
  assert.ok(mayMatch(contextOf('Hey guy.'), words));
  assert.ok(mayMatch(contextOf('Two parties.'), words));
  assert.ok(!mayMatch(contextOf('Nothing to see here.'), words));
});

test('a plugin runner gives document offsets, the plugin rule id and its suggestions', () => {
  const run = retextPluginRunner(retextEquality, {});
  const text = 'Hey guys, it was lame.';
  const messages = run(contextOf(text, 100)).filter((m) => m.pluginRuleId === 'lame');
  assert.deepEqual(messages.map((m) => ({ start: m.start, end: m.end, actual: m.actual, expected: m.expected })),
    [{ start: 117, end: 121, actual: 'lame', expected: ['boring', 'dull'] }]);
});
