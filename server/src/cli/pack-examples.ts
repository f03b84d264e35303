/**
 * A pack's examples as tests: every `flag` example must give a finding of its rule (covering
 * exactly its `span`, when given) and every `allow` example none. `guidelint --test-pack` runs
 * them so that a communications team can check its own pack in CI; the test suite runs the
 * default pack's.
 */
import { allExamples } from '../../../rules/kinds/data';
import type { CompiledPack } from '../../../rules/pack/index';
import { lint } from '../engine/lint';
import type { Language } from '../engine/types';

/** One example of one rule in one language. */
export interface PackExample {
  ruleId: string;
  language: Language;
  expect: 'flag' | 'allow';
  text: string;
  span?: string;
}

/** Every example of every rule of `pack`, in rule order. */
export function packExamples(pack: CompiledPack): PackExample[] {
  const examples: PackExample[] = [];
  for (const spec of pack.specs) {
    for (const [language, data] of Object.entries(spec.data) as [Language, NonNullable<(typeof spec.data)['en']>][]) {
      const { flag, allow } = allExamples(data);
      for (const example of flag) examples.push({ ruleId: spec.meta.id, language, expect: 'flag', ...example });
      for (const text of allow) examples.push({ ruleId: spec.meta.id, language, expect: 'allow', text });
    }
  }
  return examples;
}

/** Why `example` fails with `pack`, or undefined when it passes. Examples are linted as plain text in their language. */
export function exampleFailure(pack: CompiledPack, example: PackExample): string | undefined {
  const findings = lint(example.text, { pack, format: 'text', language: example.language }).filter((f) => f.ruleId === example.ruleId);
  if (example.expect === 'allow') {
    return findings.length === 0 ? undefined : `flagged \`${findings.map((f) => f.actual).join('`, `')}\` but should not be`;
  }
  if (findings.length === 0) return 'not flagged';
  if (example.span !== undefined && !findings.some((f) => f.actual === example.span)) {
    return `flagged \`${findings.map((f) => f.actual).join('`, `')}\`, not \`${example.span}\``;
  }
  return undefined;
}
