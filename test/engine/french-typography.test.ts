/**
 * French typography through the whole engine (issue 9, part 3): elisions, no-break spaces,
 * « » quotes, French numbers and CRLF line ends change neither what French rules find nor
 * where. Each test pins exact findings (rule and range) of rules of the default pack.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { defaultPack } from '../../rules/pack/index';
import { analyse } from '../../server/src/engine/analysis';
import { lint } from '../../server/src/engine/index';
import { rangeOf } from '../helpers/rule-tester';

const pack = defaultPack();

interface Found {
  ruleId: string;
  start: number;
  end: number;
  actual: string;
}

/** The findings of `rules` on a French plain-text `text`, in document order. */
function findings(text: string, rules: readonly string[]): Found[] {
  return lint(text, { pack, format: 'text', language: 'fr' })
    .filter((f) => rules.includes(f.ruleId))
    .map(({ ruleId, start, end, actual }) => ({ ruleId, start, end, actual }));
}

/** The finding of `ruleId` expected over the `nth` occurrence of `snippet` in `text`. */
function at(text: string, ruleId: string, snippet: string, nth = 1): Found {
  const { start, end } = rangeOf(text, snippet, nth);
  return { ruleId, start, end, actual: snippet };
}

const NBSP = '\u00a0';
const NNBSP = '\u202f';

test('an elided word matches the bare word of a phrase list, with a straight or a curly apostrophe', () => {
  const text = "Encore l'abruti du parking. Encore l’abruti du quai. Que d'imbéciles ! Plus bête qu'un idiot, plus lent qu’un idiot.";
  assert.deepEqual(findings(text, ['personal-attack']), [
    at(text, 'personal-attack', "l'abruti"),
    at(text, 'personal-attack', 'l’abruti'),
    at(text, 'personal-attack', "d'imbéciles"),
    at(text, 'personal-attack', 'idiot'),
    at(text, 'personal-attack', 'idiot', 2),
  ]);
});

test('a phrase written with its elision still asks for it: « d’une incompétence rare » is not « une incompétence rare »', () => {
  const elided = "Le chef du service est d’une incompétence rare.";
  assert.deepEqual(findings(elided, ['disparaging']), [at(elided, 'disparaging', 'd’une incompétence rare')]);
  const bare = 'Le chef du service a une incompétence rare.';
  assert.deepEqual(findings(bare, ['disparaging']).map((f) => f.actual), ['incompétence']);
});

test('a pattern can ask for an elision (`paraît qu\'`) and matches it with either apostrophe', () => {
  const text = "Il paraît qu'un audit arrive. Il paraît qu’un autre suit. Il paraît un peu tard pour ça.";
  assert.deepEqual(findings(text, ['rumour']), [
    at(text, 'rumour', "Il paraît qu'un"),
    at(text, 'rumour', 'Il paraît qu’un'),
  ]);
});

test('a fix is not offered where a replacement would drop an elision', () => {
  const of = (text: string) => lint(text, { pack, format: 'text', language: 'fr' }).filter((f) => f.ruleId === 'non-inclusive-term');
  const plain = 'Gérez le budget en bon père de famille.';
  assert.deepEqual(of(plain).map((f) => [f.actual, f.fixes.length]), [['en bon père de famille', 1]]);
  // `qu'en` is matched as `en`; replacing `qu'en bon père de famille` with `raisonnablement` would drop `qu'`.
  const elided = "Gérez-le ainsi qu'en bon père de famille.";
  assert.deepEqual(of(elided).map((f) => [f.actual, f.fixes.length]), [["qu'en bon père de famille", 0]]);
});

for (const [name, space] of [['a no-break space', NBSP], ['a narrow no-break space', NNBSP]] as const) {
  test(`${name} before ; : ! ? changes neither the findings nor their ranges`, () => {
    const plain = 'Quel connard ! Franchement : il paraît que la direction ment ; entre nous, je suis furieux ?';
    const typographic = plain.replace(/ ([;:!?])/g, `${space}$1`);
    const rules = ['personal-attack', 'rumour', 'off-the-record', 'posting-in-anger'];
    const expected = [
      at(plain, 'personal-attack', 'connard'),
      at(plain, 'rumour', 'il paraît que'),
      at(plain, 'off-the-record', 'entre nous'),
      at(plain, 'posting-in-anger', 'je suis furieux'),
    ];
    assert.deepEqual(findings(plain, rules), expected);
    // One UTF-16 unit replaces another: the ranges are the same.
    assert.deepEqual(findings(typographic, rules), expected);
  });
}

test('a no-break space between the words of a phrase or a pattern separates them as a space does', () => {
  const text = `Il${NBSP}paraît${NNBSP}que la revue saute. Entre${NBSP}nous, le budget est dépassé.`;
  assert.deepEqual(findings(text, ['rumour', 'off-the-record']), [
    at(text, 'rumour', `Il${NBSP}paraît${NNBSP}que`),
    at(text, 'off-the-record', `Entre${NBSP}nous`),
  ]);
});

test('« » quotes with inner no-break spaces: words inside are matched at their own range', () => {
  const text = `Il m’a répondu «${NBSP}franchement, tu n’as rien compris${NBSP}», puis «${NNBSP}quelle blague${NNBSP}».`;
  assert.deepEqual(findings(text, ['personal-attack', 'inflammatory']), [
    at(text, 'personal-attack', 'tu n’as rien compris'),
    at(text, 'inflammatory', 'quelle blague'),
  ]);
});

test('a word alone between « » is mentioned, not used, whatever the spaces inside the quotes', () => {
  for (const inner of ['', ' ', NBSP, NNBSP]) {
    const text = `Le mot «${inner}abruti${inner}» vient du verbe abrutir, et «${inner}putain${inner}» n’a rien à faire ici.`;
    assert.deepEqual(findings(text, ['personal-attack', 'profanity']), [], JSON.stringify(inner));
  }
});

test('French numbers keep their no-break and narrow no-break thousands separators and decimal commas', () => {
  const words = (text: string) => analyse(text, 0, 'fr').words.map((w) => w.text);
  // The tokeniser splits a number at its separators; rules that read amounts work on the text.
  assert.deepEqual(words(`1${NNBSP}234,56 et 3,4${NBSP}millions`), ['1', '234', '56', 'et', '3', '4', 'millions']);
  const contract = `Le contrat, signé hier, s’élève à 3,4${NBSP}millions de francs. Le devis signé : 148${NNBSP}500 CHF, et la facture 1${NNBSP}234,56 CHF.`;
  assert.deepEqual(findings(contract, ['contract-sum']), [
    at(contract, 'contract-sum', `3,4${NBSP}millions de francs`),
    at(contract, 'contract-sum', `148${NNBSP}500 CHF`),
    at(contract, 'contract-sum', `1${NNBSP}234,56 CHF`),
  ]);
  const collected = `Pour le pot de départ, la cagnotte a réuni 1${NNBSP}234,56 CHF.`;
  assert.deepEqual(findings(collected, ['contract-sum']), []);
});

test('CRLF line ends give the same findings at the same words as LF', () => {
  const lf = "Salut les gars,\nentre nous, l'abruti du labo ment.\n\nIl paraît qu'un audit arrive !\nJ’en ai marre.\n";
  const crlf = lf.replace(/\n/g, '\r\n');
  const rules = ['non-inclusive-term', 'off-the-record', 'personal-attack', 'rumour', 'posting-in-anger'];
  const expected = (text: string) => [
    at(text, 'non-inclusive-term', 'les gars'),
    at(text, 'off-the-record', 'entre nous'),
    at(text, 'personal-attack', "l'abruti"),
    at(text, 'rumour', "Il paraît qu'un"),
    at(text, 'posting-in-anger', 'J’en ai marre'),
  ];
  assert.deepEqual(findings(lf, rules), expected(lf));
  assert.deepEqual(findings(crlf, rules), expected(crlf));
  // The fix of a CRLF document replaces the words, not the line end.
  const fix = lint(crlf, { pack, format: 'text', language: 'fr' }).find((f) => f.ruleId === 'non-inclusive-term')!.fixes[0];
  assert.deepEqual(fix.edits, [{ ...rangeOf(crlf, 'les gars'), text: 'tout le monde' }]);
});

test('CRLF line ends in Markdown keep the ranges of findings after a heading and a list', () => {
  const lf = '# Bilan\n\n- Paraît que la revue saute.\n- Tout le monde sait que le câble est mort.\n';
  const crlf = lf.replace(/\n/g, '\r\n');
  for (const text of [lf, crlf]) {
    const found = lint(text, { pack, format: 'markdown', language: 'fr' })
      .filter((f) => f.ruleId === 'rumour' || f.ruleId === 'unsourced-claim')
      .map(({ ruleId, start, end, actual }) => ({ ruleId, start, end, actual }));
    assert.deepEqual(found, [at(text, 'rumour', 'Paraît que'), at(text, 'unsourced-claim', 'Tout le monde sait que')]);
  }
});
