/** `guidelint --test-pack PACK`: runs every rule's examples, so that a communications team can check its pack in CI. */
import { defaultPack, loadPack } from '../../../rules/pack/index';
import { exampleFailure, packExamples } from './pack-examples';

/** Runs the examples of `reference` (a pack file, or `default`); exit code 1 when one fails. */
export function testPack(reference: string): number {
  const pack = reference === 'default' ? defaultPack() : loadPack(reference);
  const examples = packExamples(pack);
  let failed = 0;
  for (const example of examples) {
    const failure = exampleFailure(pack, example);
    if (failure === undefined) continue;
    failed++;
    process.stdout.write(`✗ ${example.ruleId} (${example.language}) ${example.expect}: ${JSON.stringify(example.text)}: ${failure}\n`);
  }
  const rules = new Set(examples.map((e) => e.ruleId)).size;
  process.stdout.write(`${pack.id}: ${examples.length - failed} of ${examples.length} examples pass (${rules} rules with examples of ${pack.rules.length})\n`);
  if (examples.length === 0 && reference === 'default') process.stdout.write('The shipped default pack carries no examples; test rules/packs/default/pack.yml from a clone.\n');
  return failed > 0 ? 1 : 0;
}
