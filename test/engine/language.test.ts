/** The language of a document and of its blocks (issue 9): selection order, tags, errors, detection. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { defaultPack } from '../../rules/pack/index';
import { DocumentLinter, lint } from '../../server/src/engine/lint';
import { DocumentLanguages } from '../../server/src/engine/language';
import { detectLanguage, detectWindow, MIN_BLOCK_WORDS } from '../../server/src/engine/language-detection';
import { countWords, documentWindows, proseSample, WINDOW_LENGTH, windowsOf } from '../../server/src/engine/language-sample';
import { LanguageError, packLanguage, primaryLanguage } from '../../server/src/engine/language-tags';
import { MASK } from '../../server/src/engine/prose';
import type { Format, Language } from '../../server/src/engine/types';
import { markdownToProse } from '../../server/src/engine/markdown';

const pack = defaultPack();
const englishOnly = { ...pack, languages: ['en' as const] };

const languageOf = (text: string, language?: Language, format: Format = 'markdown'): Language =>
  new DocumentLinter({ pack, format, language }).check(text).language;

const ENGLISH_TWEET = 'Lost my access card near the cafeteria this morning. If you find it, please send me a message! #CERN @cernlab';
const FRENCH_TWEET = 'Visite du CERN ce matin avec une classe de lycéens de Lyon : ils ont adoré les aimants ! #CERN @cern_fr';

test('language tags are reduced to their primary language, whatever their case, separator or spelling', () => {
  const cases: [string, string][] = [
    ['fr', 'fr'], ['FR', 'fr'], ['fr-FR', 'fr'], ['fr_CH', 'fr'], ['fr-ca', 'fr'], ['fra', 'fr'], ['fre', 'fr'], ['Français', 'fr'], ['francais', 'fr'], ['French', 'fr'],
    ['en', 'en'], ['EN', 'en'], ['en-GB', 'en'], ['en_US', 'en'], ['eng', 'en'], ['English', 'en'], ['anglais', 'en'],
    [' de-CH ', 'de'], ['es', 'es'],
  ];
  for (const [tag, primary] of cases) assert.equal(primaryLanguage(tag), primary, tag);
  assert.equal(primaryLanguage(''), undefined);
  assert.equal(primaryLanguage(42), undefined);
});

test('a tag stands for a language only if the pack has it', () => {
  assert.equal(packLanguage('fr-CH', ['en', 'fr']), 'fr');
  assert.equal(packLanguage('fr', ['en']), undefined, 'an English-only pack refuses French');
  assert.equal(packLanguage('de', ['en', 'fr']), undefined);
  assert.equal(packLanguage('auto', ['en', 'fr']), undefined);
});

test('the front matter beats the setting, which beats detection', () => {
  const frenchFront = `---\nlang: fr\n---\n\n${ENGLISH_TWEET}\n`;
  assert.equal(languageOf(frenchFront, 'en'), 'fr', 'front matter over the setting');
  assert.equal(languageOf(ENGLISH_TWEET, 'fr'), 'fr', 'setting over detection');
  assert.equal(languageOf(ENGLISH_TWEET), 'en', 'detection without either');
  assert.equal(languageOf(FRENCH_TWEET), 'fr');
  assert.equal(languageOf(`---\nlanguage: fr-CH\n---\n\n${ENGLISH_TWEET}\n`), 'fr', '`language:` is read like `lang:`');
  assert.equal(languageOf(`---\r\nlang: en-GB\r\n---\r\n\r\n${FRENCH_TWEET}\r\n`, 'fr'), 'en');
  assert.equal(languageOf(`---\nlang: auto\n---\n\n${FRENCH_TWEET}\n`, 'en'), 'en', '`lang: auto` names no language: the setting decides');
  assert.equal(languageOf(`---\nlang: auto\n---\n\n${FRENCH_TWEET}\n`), 'fr', 'and without a setting, detection');
});

test('plain text has no front matter: a `lang:` line is prose', () => {
  assert.equal(languageOf(`lang: fr\n\n${ENGLISH_TWEET}\n`, undefined, 'text'), 'en');
});

test('the linted language follows the front matter from one version to the next', () => {
  const linter = new DocumentLinter({ pack, format: 'markdown' });
  assert.equal(linter.check(`---\nlang: en\n---\n\n${FRENCH_TWEET}\n`).language, 'en');
  assert.equal(linter.check(`---\nlang: fr\n---\n\n${FRENCH_TWEET}\n`).language, 'fr');
  assert.equal(linter.check(`${FRENCH_TWEET}\n`).language, 'fr');
});

test('a front-matter language the pack lacks is an error located on its line, never English in silence', () => {
  const text = '---\ntitle: Hallo\nlang: de-CH\n---\n\nGuten Morgen aus Genf.\n';
  const linter = new DocumentLinter({ pack, format: 'markdown' });
  assert.throws(() => linter.check(text), (error: unknown) => {
    assert.ok(error instanceof LanguageError);
    assert.equal(text.slice(error.start, error.end), 'lang: de-CH');
    assert.equal(error.message, "The front matter's `lang: de-CH` is not a language of the pack (en, fr): write en or fr, or remove it to let Guidelint detect the language.");
    return true;
  });
  const french = '---\nlanguage: fr\n---\n\nBonjour.\n';
  assert.throws(() => lint(french, { pack: englishOnly, format: 'markdown' }), /`language: fr` is not a language of the pack \(en\): write en, or remove it/);
});

test('a setting the pack lacks is a settings error, at construction', () => {
  assert.throws(() => new DocumentLinter({ pack: englishOnly, format: 'text', language: 'fr' }), /language `fr` is not a language of the pack \(en\)/);
});

test('a pack with one language never detects', () => {
  assert.equal(new DocumentLinter({ pack: englishOnly, format: 'text' }).check(FRENCH_TWEET).language, 'en');
});

test('short French and English posts without front matter are detected', () => {
  const french = [
    FRENCH_TWEET,
    'Je poste ça à chaud : mon collègue a encore présenté mes graphes en réunion comme si c\'était son travail.',
    'Bravo à toute l\'équipe pour le premier faisceau de l\'année !',
  ];
  const english = [
    ENGLISH_TWEET,
    'Our new paper on droplets in proton-lead collisions is out. Huge team effort from the whole group.',
    'Great first beam of the year, well done everyone!',
  ];
  for (const text of french) assert.equal(languageOf(text, undefined, 'text'), 'fr', text);
  for (const text of english) assert.equal(languageOf(text, undefined, 'text'), 'en', text);
});

test('a text too short to tell falls back to the pack\'s first language', () => {
  assert.equal(detectLanguage('Merci !', ['en', 'fr']), undefined);
  assert.equal(languageOf('Merci !', undefined, 'text'), 'en');
  assert.equal(languageOf('#CERN @cern_fr https://home.cern/fr', undefined, 'text'), 'en', 'no prose at all');
});

test('detection reads prose only: no hashtags, mentions, e-mail addresses, inline code, numbers or masked text', () => {
  assert.equal(
    proseSample(`Call me at 022 767 12 34 or jane.doe@example.org, says @jane_doe about #OpenDays and \`npm test\` ${MASK.repeat(5)}.`),
    'Call me at or , says about and .',
  );
  const prose = markdownToProse('Read [the paper](https://arxiv.org/abs/2403.00002) and `the code`.\n\n```\nconst french = "bonjour tout le monde";\n```\n');
  assert.equal(prose.blocks.map((b) => proseSample(b.text)).join(' '), 'Read the paper and .');
  assert.equal(countWords("L'équipe d'accueil s'est arrêtée à mi-chemin."), 6, 'elisions and hyphens stay inside their word');
});

test('a long text is cut into windows at spaces, each at most a window long', () => {
  const text = `${'Le faisceau est revenu ce matin après une longue semaine de maintenance. '.repeat(20)}`.trim();
  const windows = windowsOf(text);
  assert.ok(windows.length > 3);
  for (const window of windows) assert.ok(window.length <= WINDOW_LENGTH && window.length >= WINDOW_LENGTH / 2, String(window.length));
  assert.deepEqual(windowsOf('Court.'), ['Court.']);
  assert.equal(detectWindow('Le faisceau est revenu ce matin.', ['en', 'fr'])?.language, 'fr');
});

test('a document\'s windows follow its blocks, so that an edit changes the window of its block only', () => {
  const paragraph = (n: number) => `Paragraph ${'word '.repeat(30 + n)}ends here.`;
  const source = [0, 1, 2, 3].map((n) => paragraph(n * 10)).join('\n\n');
  // A limit above the four paragraphs, so that no window is cut by the sample's end.
  const before = documentWindows(markdownToProse(source).blocks, 4096);
  const after = documentWindows(markdownToProse(source.replace('Paragraph', 'A paragraph')).blocks, 4096);
  assert.equal(before.length, after.length);
  assert.deepEqual(after.slice(1), before.slice(1), 'the windows after the edited one stay the same strings');
  assert.notEqual(after[0], before[0]);
  for (const window of before) assert.ok(window.length <= WINDOW_LENGTH);
});

const FRENCH_QUOTE = '> « Franchement, ce nouveau système de réservation des salles est un vrai bordel : personne ne sait où aller, les réunions commencent en retard et les collègues perdent leur matinée. »';
const ENGLISH_QUOTE = '> "The new booking system is a damn mess: nobody knows which room to use, meetings start late, and half of the team loses the morning looking for a free desk."';

const profanities = (text: string, language?: Language) =>
  new DocumentLinter({ pack, format: 'markdown', language }).check(text).findings.filter((f) => f.ruleId === 'profanity').map((f) => [f.actual, f.message]);

test('in an English post, a long French quote is linted as French by block rules, the rest as English', () => {
  const post = [
    '# Room booking, week two',
    '',
    'Our colleagues in Meyrin summed up the new room booking system in their newsletter this week, and honestly, what a shitshow it has been for everyone.',
    '',
    FRENCH_QUOTE,
    '',
    'We are collecting feedback for the facilities team until Friday.',
    '',
  ].join('\n');
  assert.ok(countWords(proseSample(FRENCH_QUOTE)) >= MIN_BLOCK_WORDS);
  const outcome = new DocumentLinter({ pack, format: 'markdown' }).check(post);
  assert.equal(outcome.language, 'en', 'the document stays English');
  assert.deepEqual(profanities(post), [
    ['shitshow', 'Remove `shitshow`: profanity breaks the code of conduct, and the post stays public.'],
    ['bordel', 'Retirez `bordel`\u00a0: la grossièreté enfreint le code de conduite, et la publication reste en ligne.'],
  ]);
  assert.deepEqual(profanities(post, 'en'), profanities(post), 'an explicit document language does not stop a block from having its own');
});

test('in a French post, a long English quote is linted as English, the rest as French', () => {
  const post = [
    'Retour sur la réunion de jeudi avec nos partenaires : la discussion a été longue mais constructive, et quel bordel pour réserver une salle.',
    '',
    ENGLISH_QUOTE,
    '',
    'Nous transmettrons vos remarques au service des bâtiments avant vendredi.',
    '',
  ].join('\n');
  assert.equal(languageOf(post), 'fr', 'the author\'s own prose decides the document\'s language, not the quote');
  assert.deepEqual(profanities(post).map(([actual]) => actual), ['bordel', 'damn']);
});

test('a short block follows the document\'s language', () => {
  const post = [
    'Our colleagues in Meyrin wrote about the new room booking system in their newsletter, and the whole team agreed with them.',
    '',
    '> « Quel bordel ! »',
    '',
    'Feedback goes to the facilities team until Friday.',
    '',
  ].join('\n');
  assert.deepEqual(profanities(post), [], 'a four-word French quote is linted as English, where `bordel` is no profanity');
  const french = `---\nlang: fr\n---\n\n${post}`;
  assert.deepEqual(profanities(french).map(([actual]) => actual), ['bordel'], 'and as French in a French document');
});

test('each block and each window is detected once while its text stays the same', () => {
  const calls: string[] = [];
  const languages = new DocumentLanguages(['en', 'fr'], (window, langs) => {
    calls.push(window);
    return detectWindow(window, langs);
  });
  const blockLanguages = (text: string): Language[] => {
    const prose = markdownToProse(text);
    const document = languages.document(text, prose, undefined);
    const result = prose.blocks.map((b) => languages.block(b, document.language));
    languages.commit();
    return result;
  };
  const quote = FRENCH_QUOTE.slice(2);
  const first = `---\nlang: en\n---\n\n${ENGLISH_TWEET}\n\n${quote}\n`;
  assert.deepEqual(blockLanguages(first), ['en', 'fr']);
  assert.equal(calls.length, 1, 'the short tweet is not detected, the long quote once');
  assert.deepEqual(blockLanguages(first.replace('this morning', 'this afternoon')), ['en', 'fr']);
  assert.equal(calls.length, 1, 'an edit elsewhere does not detect the quote again');
  assert.deepEqual(blockLanguages(first.replace('vrai bordel', 'vrai chantier')), ['en', 'fr']);
  assert.equal(calls.length, 2, 'the edited quote is detected again');
  const undeclared = `${ENGLISH_TWEET} ${ENGLISH_TWEET}\n`;
  blockLanguages(undeclared);
  const afterFirst = calls.length;
  blockLanguages(undeclared);
  assert.equal(calls.length, afterFirst, 'the document windows of an unchanged text are not detected again');
});

test('a long paragraph whose words are nearly all in its post language\'s dictionary is not sent to the detector; another language\'s paragraph is', () => {
  const english = 'The team spent the whole week on the new cooling system and the tests went well, so the next step is to run the machine at full power for a few days before the summer break.';
  const french = 'L\'équipe a passé toute la semaine sur le nouveau système de refroidissement et les essais se sont bien passés, donc la prochaine étape consiste à faire tourner la machine à pleine puissance.';
  const dictionary = (language: Language) => {
    const words = new Set((language === 'en' ? english : '').toLowerCase().match(/\p{L}+/gu));
    return { has: (word: string) => words.has(word) };
  };
  const calls: string[] = [];
  const languages = new DocumentLanguages(['en', 'fr'], (window, packLanguages) => (calls.push(window), detectWindow(window, packLanguages)), dictionary);
  const [englishBlock, frenchBlock] = markdownToProse(`${english}\n\n${french}\n`).blocks;
  assert.equal(languages.block(englishBlock, 'en'), 'en');
  assert.deepEqual(calls, []);
  assert.equal(languages.block(frenchBlock, 'en'), 'fr');
  assert.equal(calls.length, 1);
});

test('a paragraph with many unknown names follows its post without detection when its post language is far ahead of the others', () => {
  const known = 'the team spent whole week on new cooling system and tests went well so next step is to run machine at full power for a few days';
  // 32 words, 22 known in English (0.69, under the 0.9 of a plain paragraph), none in French.
  const named = 'The team of Okonkwo, Varga and Halloran spent the whole week on the new Brightline cooling system and the Zelkova tests went well, so Marisol and Tiberius run it next at Kestrel.';
  const dictionary = (language: Language) => {
    const words = new Set(language === 'en' ? known.split(' ') : ['le', 'la', 'les']);
    return { has: (word: string) => words.has(word) };
  };
  const calls: string[] = [];
  const languages = new DocumentLanguages(['en', 'fr'], (window, packLanguages) => (calls.push(window), detectWindow(window, packLanguages)), dictionary);
  const [block] = markdownToProse(`${named}\n`).blocks;
  assert.equal(languages.block(block, 'en'), 'en');
  assert.deepEqual(calls, [], 'no detection');
  // In a French post, the same paragraph is far from French: it is detected, and is English.
  assert.equal(languages.block(block, 'fr'), 'en');
  assert.equal(calls.length, 1);
});
