/** French elisions as positions of their own: a pattern may ask for one (`paraît qu'`), and words still match without it. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { elisionOf, FormCache } from '../../../../rules/kinds/pattern/normal-form';
import { at, compile, find, matchesIn } from './find';

test('elisionOf gives the leading elision of a French word, without its apostrophe', () => {
  assert.deepEqual(["qu'il", 'L’abruti', "jusqu'ici", "d'une", "aujourd'hui", "quelqu'un", 'abruti'].map((w) => elisionOf(w, 'fr')), ['qu', 'l', 'jusqu', 'd', '', '', '']);
  assert.equal(elisionOf("l'oreal", 'en'), '', 'English has no elisions');
  assert.equal(new FormCache('fr', false).get("qu'un").elision, 'qu');
});

test('a pattern word written as an elision matches the elision of the next word, with either apostrophe', () => {
  const index = compile("paraît (que | qu')", {}, 'fr');
  const text = "Il paraît que oui. Il paraît qu'un audit arrive. Il paraît qu’elle part. Il paraît un peu las.";
  assert.deepEqual(find(index, text), [at(text, 'paraît que'), at(text, "paraît qu'un"), at(text, 'paraît qu’elle')]);
});

test('a word still matches after its elision, and the match covers the whole written word', () => {
  const text = "C'est l’abruti du coin, une bande d'imbéciles.";
  assert.deepEqual(find(compile(['abruti', 'bande imbéciles', "bande d' imbéciles"], {}, 'fr'), text), [at(text, 'l’abruti'), at(text, "bande d'imbéciles")]);
});

test('`j\'` in a pattern matches `j\'ai` and `j\'étais`, where it matched only a detached `j` before', () => {
  const index = compile("j' *{0,2} nul", {}, 'fr');
  const text = "J'étais vraiment nul. Jean est nul. J'ai été nul.";
  assert.deepEqual(find(index, text), [at(text, "J'étais vraiment nul"), at(text, "J'ai été nul")]);
});

test('a capture of an elided word reports the whole word', () => {
  const [match] = matchesIn(compile("who=qu' il", {}, 'fr'), "Je sais qu'il vient.");
  assert.equal(match.captures.who.text, "qu'il");
});

test('a gap steps over an elision without spending a word on it', () => {
  const text = "La direction d'en face s'en fiche."; // three words (en face en) and two elisions (d' s')
  assert.deepEqual(find(compile('direction *{0,3} fiche', {}, 'fr'), text), [at(text, "direction d'en face s'en fiche")]);
});

test('English words with an apostrophe take one position, as before', () => {
  const text = "We regret the DG's decision; c'mon.";
  assert.deepEqual(find(compile('the dg decision'), text), [at(text, "the DG's decision")]);
  assert.deepEqual(find(compile('mon'), text), []);
});
