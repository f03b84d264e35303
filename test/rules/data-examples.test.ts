/** The default pack's examples are tests: each `flag` example is flagged by its rule (on its span, when given), each `allow` example is not. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { defaultPack } from '../../rules/pack/index';
import { exampleFailure, packExamples } from '../../server/src/cli/pack-examples';

const pack = defaultPack();
for (const example of packExamples(pack)) {
  const verb = example.expect === 'flag' ? 'flags' : 'allows';
  test(`${example.ruleId} (${example.language}) ${verb} its example: ${example.text.slice(0, 70)}`, () => {
    assert.equal(exampleFailure(pack, example), undefined);
  });
}

test('the default pack has examples for every rule, in each language it has a section for', () => {
  const examples = packExamples(pack);
  for (const spec of pack.specs) {
    // Examples are linted as plain text with no platform: no images, no length limit.
    if (spec.meta.id === 'image-alt-text' || spec.meta.id === 'post-length') continue;
    for (const language of Object.keys(spec.data)) {
      assert.ok(examples.some((e) => e.ruleId === spec.meta.id && e.language === language && e.expect === 'flag'), `${spec.meta.id} (${language}) has no flag example`);
    }
  }
});
