import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FormCache, isDetached, normalForm } from '../../../../rules/kinds/pattern/normal-form';
import { analyse } from '../../../../server/src/engine/analysis';
import { at, compile, find, matchesIn } from './find';

test('normalForm lower-cases, straightens apostrophes and drops a possessive in English', () => {
  assert.equal(normalForm('CERN’s', 'en'), 'cern');
  assert.equal(normalForm("DG's", 'en'), 'dg');
  assert.equal(normalForm('physicists’', 'en'), 'physicists');
  assert.equal(normalForm('can’t', 'en'), "can't");
});

test('normalForm keeps contractions of is, has and us, so that `it’s` is not `it`', () => {
  assert.equal(normalForm('It’s', 'en'), "it's");
  assert.equal(normalForm("let's", 'en'), "let's");
});

test('normalForm strips a French elision but keeps words written with an apostrophe', () => {
  assert.deepEqual(
    ['l’abruti', "D'imbéciles", "qu'il", "c'est", 'jusqu’ici', "lorsqu'on", "puisqu'il", "aujourd'hui", 'quelqu’un', 'presqu’île'].map((w) => normalForm(w, 'fr')),
    ['abruti', 'imbéciles', 'il', 'est', 'ici', 'on', 'il', "aujourd'hui", "quelqu'un", "presqu'île"],
  );
});

test('normalForm keeps accents but compares them in NFC', () => {
  assert.equal(normalForm('cafe\u0301', 'fr'), 'café');
  assert.notEqual(normalForm('café', 'fr'), 'cafe');
});

test('normalForm writes typographic hyphens as the hyphen-minus', () => {
  assert.equal(normalForm('e\u2010mail', 'en'), 'e-mail');
  assert.equal(normalForm('grand\u2011mère', 'fr'), 'grand-mère');
});

test('normalForm drops punctuation the tokeniser left at a word’s edges', () => {
  assert.equal(normalForm('ʼmodifierʼ', 'en'), 'modifier');
  assert.equal(normalForm('abruti.', 'fr'), 'abruti');
});

test('the form cache stems each word once and stays within its limit', () => {
  const cache = new FormCache('en', true, 2);
  cache.allowStems(['decis']);
  const first = cache.get('decisions');
  assert.deepEqual(first, { form: 'decisions', stem: 'decis', detached: false, elision: '' });
  assert.equal(cache.get('decisions'), first);
  cache.get('board');
  cache.get('boards');
  assert.notEqual(cache.get('decisions'), first, 'the cache was cleared when full');
});

test('the form cache stems only words that may have a stem some index compares with', () => {
  const cache = new FormCache('en', true);
  cache.allowStems(['incompet']);
  assert.deepEqual([cache.get('incompetence').stem, cache.get('decisions').stem], ['incompet', '']);
  cache.allowStems(['decis']);
  assert.equal(cache.get('decisions').stem, 'decis', 'a new stem forgets the forms cached without it');
});

test('isDetached recognises elisions split from their word, and words of punctuation only', () => {
  assert.deepEqual(['l', 'qu', 'jusqu', 'le'].map((w) => isDetached(w, 'fr')), [true, true, true, false]);
  assert.deepEqual(['s', 'l', ''].map((w) => isDetached(w, 'en')), [true, false, true]);
});

test('the tokeniser keeps possessives and elisions attached, which the matcher relies on', () => {
  const en = analyse('The DG’s plan, physicists’ views, CERN\'s: we can’t.', 0, 'en').words.map((w) => w.normal);
  assert.deepEqual(en, ['the', "dg's", 'plan', 'physicists', 'views', "cern's", 'we', "can't"]);
  const fr = analyse("L’abruti d'imbéciles qu’il aujourd’hui c'est.", 0, 'fr').words.map((w) => w.normal);
  assert.deepEqual(fr, ["l'abruti", "d'imbéciles", "qu'il", "aujourd'hui", "c'est"]);
});

test('the tokeniser splits words at no-break spaces and keeps hyphenated words whole', () => {
  const words = analyse('Some 10\u00a0000 people at\u202fCERN read state-of-the-art e-mail.', 0, 'en').words.map((w) => w.normal);
  assert.deepEqual(words, ['some', '10', '000', 'people', 'at', 'cern', 'read', 'state-of-the-art', 'e-mail']);
});

test('a literal matches a possessive, with a straight or a typographic apostrophe', () => {
  const index = compile('the dg decision');
  const straight = "We regret the DG's decision.";
  assert.deepEqual(find(index, straight), [at(straight, "the DG's decision")]);
  const curly = 'We regret the DG’s decision.';
  assert.deepEqual(find(index, curly), [at(curly, 'the DG’s decision')]);
  assert.deepEqual(find(compile("the DG’s decision"), 'Against the DG decision.'), [at('Against the DG decision.', 'the DG decision')]);
});

test('a literal matches a plural possessive, whose apostrophe the tokeniser splits off', () => {
  const text = 'The physicists’ views differ.';
  assert.deepEqual(find(compile('physicists views'), text), [at(text, 'physicists’ views')]);
});

test('a possessive split off by a stray space is stepped over', () => {
  const text = 'We regret the CERN ’s decision.';
  assert.deepEqual(find(compile('cern decision'), text), [at(text, 'CERN ’s decision')]);
});

test('a French literal matches the word after an elision, with either apostrophe', () => {
  const index = compile(['abruti', 'bande imbéciles'], {}, 'fr');
  const text = "Quel l'abruti, et l’abruti, une bande d’imbéciles.";
  assert.deepEqual(find(index, text), [at(text, "l'abruti"), at(text, 'l’abruti'), at(text, 'bande d’imbéciles')]);
});

test('an elision in a pattern is stripped too, and `aujourd’hui` stays one word', () => {
  const text = "C'est l’abruti d'aujourd’hui.";
  assert.deepEqual(find(compile("l'abruti", {}, 'fr'), text), [at(text, 'l’abruti')]);
  assert.deepEqual(find(compile('hui', {}, 'fr'), text), []);
  assert.deepEqual(find(compile("aujourd'hui", {}, 'fr'), text), [at(text, 'd\'aujourd’hui')]);
});

test('an elision split from its word by a space is stepped over and left out of the match', () => {
  const text = "C'est vraiment l' abruti du service.";
  assert.deepEqual(find(compile('vraiment abruti', {}, 'fr'), text), [at(text, "vraiment l' abruti")]);
  const first = "L' abruti est parti.";
  assert.deepEqual(find(compile('^ abruti', {}, 'fr'), first), [at(first, 'abruti')]);
});

test('a capture that opens at a detached elision starts at the word after it', () => {
  const text = "C'est vraiment l' abruti du service.";
  const [match] = matchesIn(compile('vraiment who=abruti', {}, 'fr'), text);
  assert.equal(match.captures.who.text, 'abruti');
  const phrase = 'Il faut prendre l’ avion.';
  assert.deepEqual(find(compile('@TRAVEL', { TRAVEL: ["prendre l'avion"] }, 'fr'), phrase), [at(phrase, 'prendre l’ avion')]);
});

test('a no-break space in a pattern separates words as a space does', () => {
  const text = 'Some 10\u00a0000 people came.';
  assert.deepEqual(find(compile('10\u00a0000 people'), text), [at(text, '10\u00a0000 people')]);
  assert.deepEqual(find(compile('at cern'), 'Hello at\u202fCERN.'), [at('Hello at\u202fCERN.', 'at\u202fCERN')]);
});

test('a hyphenated literal matches the hyphenated word, not its parts', () => {
  const text = 'A state-of-the-art detector.';
  assert.deepEqual(find(compile('state-of-the-art'), text), [at(text, 'state-of-the-art')]);
  assert.deepEqual(find(compile('state of the art'), text), []);
});

test('a literal matches a decomposed accent, and an accent is not its bare letter', () => {
  const text = 'Un cafe\u0301 ou un cafe.';
  assert.deepEqual(find(compile('café', {}, 'fr'), text), [at(text, 'cafe\u0301')]);
});
