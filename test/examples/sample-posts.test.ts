/**
 * The sample posts of examples/ are what a newcomer lints first (README, quick start): the
 * French one is detected as French without front matter `lang:` and touches every guideline.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { defaultPack } from '../../rules/pack/index';
import { DocumentLinter } from '../../server/src/engine/index';

const root = process.cwd();

test('examples/billet-de-blog.md is linted in French and touches all fourteen guidelines, each where the post breaks it', () => {
  const text = readFileSync(join(root, 'examples/billet-de-blog.md'), 'utf8');
  const { language, findings } = new DocumentLinter({ pack: defaultPack(), format: 'markdown' }).check(text);
  assert.equal(language, 'fr');
  const found = findings.map((f) => `${f.ruleId}: ${text.slice(f.start, f.end).replace(/\s+/g, ' ')}`);
  assert.deepEqual(found, [
    'assistant-leftover: Bien sûr ! Voici',
    'acronym-first-use: HL-LHC',
    'jargon: transition résistive',
    'image-alt-text: ![](/images/boite-froide.jpg)',
    'uncredited-image: trouvée sur Google',
    'speaks-for-organisation: Au nom du CERN',
    'unsourced-claim: Les études prouvent',
    'product-praise: la plus fiable jamais conçue',
    'rumour: Il paraît que',
    'off-the-record: ça reste entre nous',
    'judged-organisation: la direction a complètement raté',
    'profanity: bordel',
    // Shouted hostile words are all-caps' finding; inflammatory gives way to it (defersTo).
    'all-caps: C\'EST INADMISSIBLE',
    'exclamation-run: !!!',
    'contract-sum: 2,4 millions de francs',
    'confidential-marker: strictement confidentiels',
    'email-address: camille.rochat@example.org',
    'phone-number: +41 22 555 01 23',
    'product-praise: Je recommande vivement',
    'promotion: code promo',
    'pasted-passage: Le CERN annonce aujourd\'hui la fin',
    'link-text: cliquez ici',
    'hashtag-wall: #cryogénie #aimantssupraconducteurs #physique #labo #science #ingénierie',
  ]);
  assert.equal(new Set(findings.map((f) => f.guideline)).size, defaultPack().guidelines.length);
  assert.ok(findings.every((f) => !/^(Remove|Write|Use|Spell|Check|Describe|Cut)\b/.test(f.message)), 'every message is French');
});
