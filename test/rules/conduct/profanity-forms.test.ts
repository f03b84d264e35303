/** The profanity ratings computed at build time for the default pack are exactly what the detector would compute at run time. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parse } from 'yaml';
import precomputed from 'guidelint:profanity-forms';
import { profanitiesOf } from '../../../rules/conduct/profanity-forms';

test('the build-time profanity ratings equal a fresh computation with the default pack\'s ignore list', () => {
  const built = precomputed as { ignorePluralize: string[]; ratings: [string, number][] };
  const ignorePluralize: string[] = parse(readFileSync('rules/packs/default/conduct/profanity.yml', 'utf8')).en.ignorePluralize;
  assert.deepEqual(built.ignorePluralize, ignorePluralize);
  assert.deepEqual(built.ratings, [...profanitiesOf(new Set(ignorePluralize))]);
  assert.ok(built.ratings.length > 1000);
});
