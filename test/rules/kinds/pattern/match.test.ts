import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyse } from '../../../../server/src/engine/analysis';
import { rangeOf } from '../../../helpers/rule-tester';
import { at, compile, find, matchesIn } from './find';

const CLASSES = {
  MANAGEMENT: ['board', 'management', 'the management team', 'director-general', 'DG'],
  NEG_JUDGEMENT: ['incompetent', 'clueless', 'a disgrace', '~stupid'],
  ADVERB: ['totally', 'completely', 'really', 'so'],
  ENDORSE: ['love', 'recommend', 'adore'],
  DECIDE: ['decide', 'decides', 'decided', 'has decided', 'have decided', 'will decide'],
};

test('a gap lets an adverb in between the words of a pattern', () => {
  const text = 'Honestly the board is totally incompetent.';
  assert.deepEqual(find(compile('board is *{0,2} incompetent'), text), [at(text, 'board is totally incompetent')]);
  assert.deepEqual(find(compile('board is *{0,2} incompetent'), 'The board is incompetent.'), [at('The board is incompetent.', 'board is incompetent')]);
});

test('an optional class lets an adverb in, and only a word of the class', () => {
  const index = compile('board is @ADVERB? incompetent', CLASSES);
  const text = 'Honestly the board is totally incompetent.';
  assert.deepEqual(find(index, text), [at(text, 'board is totally incompetent')]);
  assert.deepEqual(find(index, 'The board is not incompetent.'), []);
});

test('a group with an optional part matches coordinated verbs', () => {
  const index = compile('i @ENDORSE (and @ENDORSE)? acme', CLASSES);
  const text = 'I love and recommend Acme. I adore Acme.';
  assert.deepEqual(find(index, text), [at(text, 'I love and recommend Acme'), at(text, 'I adore Acme')]);
});

test('a class of verb forms matches another tense, including a form of two words', () => {
  const index = compile('management @DECIDE', CLASSES);
  const text = 'The management decided. Then the management has decided again. The management will decide.';
  assert.deepEqual(find(index, text), [at(text, 'management decided'), at(text, 'management has decided'), at(text, 'management will decide')]);
});

test('a stem matches the other forms of a noun or adjective, in English', () => {
  const index = compile('~incompetent');
  const text = 'Such incompetence, so incompetent, incompetently done, but competent.';
  assert.deepEqual(find(index, text), [at(text, 'incompetence'), at(text, 'incompetent'), at(text, 'incompetently')]);
});

test('a stem matches the other forms of an adjective, in French', () => {
  const index = compile('~incompétent', {}, 'fr');
  const text = 'Des chefs incompétents, une équipe incompétente, un incompétent.';
  assert.deepEqual(find(index, text), [at(text, 'incompétents'), at(text, 'incompétente'), at(text, 'incompétent', 'r', 3)]);
});

test('a stem entry of a class matches through the class', () => {
  const index = compile('@NEG_JUDGEMENT', CLASSES);
  const text = 'What stupidity.';
  assert.deepEqual(find(index, text), [at(text, 'stupidity')]);
});

test('alternatives may be sequences, and groups nest', () => {
  const index = compile('(very (stupid | dumb) | idiotic | plain silly) decision');
  const text = 'A very dumb decision, an idiotic decision, a plain silly decision, a dumb decision.';
  assert.deepEqual(find(index, text), [at(text, 'very dumb decision'), at(text, 'idiotic decision'), at(text, 'plain silly decision')]);
});

test('an optional stem and an optional group may be left out', () => {
  const index = compile('~total? (utterly | quite so)? wrong');
  const text = 'Totally utterly wrong, quite so wrong, wrong.';
  assert.deepEqual(find(index, text), [at(text, 'Totally utterly wrong'), at(text, 'quite so wrong'), at(text, 'wrong', 'r', 3)]);
});

test('captures report the words they matched, with their text spans', () => {
  const index = compile('target=@MANAGEMENT is? *{0,2} judgement=@NEG_JUDGEMENT', CLASSES);
  const text = 'Honestly the management team is totally incompetent.';
  const [match] = matchesIn(index, text);
  const words = analyse(text, 0, 'en').words;
  const target = rangeOf(text, 'the management team');
  const judgement = rangeOf(text, 'incompetent');
  assert.deepEqual(match.captures, {
    target: { ...target, text: 'the management team', first: words.findIndex((w) => w.start === target.start), last: words.findIndex((w) => w.end === target.end) },
    judgement: { ...judgement, text: 'incompetent', first: words.findIndex((w) => w.start === judgement.start), last: words.findIndex((w) => w.end === judgement.end) },
  });
  assert.deepEqual({ start: match.start, end: match.end }, rangeOf(text, 'the management team is totally incompetent'));
  assert.equal(match.first, match.captures.target.first);
  assert.equal(match.last, match.captures.judgement.last);
});

test('a capture of an optional item that matched nothing is absent', () => {
  const index = compile('board is how=@ADVERB? incompetent', CLASSES);
  assert.deepEqual(matchesIn(index, 'The board is incompetent.')[0].captures, {});
  assert.equal(matchesIn(index, 'The board is so incompetent.')[0].captures.how.text, 'so');
});

test('a match reports its rule and which of the rule’s patterns made it', () => {
  const index = compile({ first: ['nothing here', 'a disgrace'], second: ['disgrace'] });
  const [one, two] = matchesIn(index, 'It is a disgrace.');
  assert.deepEqual([one.ruleId, one.patternIndex, two.ruleId, two.patternIndex], ['first', 1, 'second', 0]);
});

test('`^` and `$` anchor a pattern to the start and end of a sentence', () => {
  const text = 'So what. And so what. This is wrong. Wrong it is.';
  assert.deepEqual(find(compile('^ so what'), text), [at(text, 'So what')]);
  assert.deepEqual(find(compile('wrong $'), text), [at(text, 'wrong')]);
  assert.deepEqual(find(compile('^ (so | and so) what $'), text), [at(text, 'So what'), at(text, 'And so what')]);
});

test('a pattern never matches across a sentence boundary, not even through a gap', () => {
  const text = 'We met the board. Incompetent people were not there.';
  assert.deepEqual(find(compile('board incompetent'), text), []);
  assert.deepEqual(find(compile('board *{0,3} incompetent'), text), []);
  assert.deepEqual(find(compile('board $'), text), [at(text, 'board')]);
});

test('each position keeps the longest match, and a rule’s matches never overlap', () => {
  const index = compile(['very bad', 'bad idea', 'very bad idea']);
  const text = 'A very bad idea, a bad idea and a very bad plan.';
  assert.deepEqual(find(index, text), [at(text, 'very bad idea'), at(text, 'bad idea', 'r', 2), at(text, 'very bad', 'r', 2)]);
});

test('the leftmost match wins over a longer one that starts later', () => {
  const index = compile(['a b', 'b c d']);
  const text = 'Say a b c d now.';
  assert.deepEqual(find(index, text), [at(text, 'a b')]);
});

test('a longer match that starts earlier wins over one found first', () => {
  const index = compile(['b', 'a b c']);
  const text = 'Say a b c now.';
  assert.deepEqual(find(index, text), [at(text, 'a b c')]);
});

test('matches of different rules may overlap, and come sorted by start', () => {
  const index = compile({ late: ['bad idea'], early: ['very bad'] });
  const text = 'A very bad idea.';
  assert.deepEqual(find(index, text), [at(text, 'very bad', 'early'), at(text, 'bad idea', 'late')]);
});

test('a one-word gap `*` takes exactly one word', () => {
  const index = compile('the * board');
  const text = 'The whole board, the board, the very whole board.';
  assert.deepEqual(find(index, text), [at(text, 'The whole board')]);
});
