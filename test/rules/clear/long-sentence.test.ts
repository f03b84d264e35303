import { ruleTester } from '../../helpers/rule-tester';

const long = 'I am delighted to announce that after four years of work, countless night shifts, two broken laptops and more coffee than I would like to admit, I have defended my thesis on particles decaying inside the detector, which would not have been possible without my supervisors and my family.';

// French: 45 words (see long-sentence.yml), French sentence ends, elisions and grouped numbers.
const longFr = "Après quatre ans de travail, d'innombrables nuits passées en salle de contrôle, deux ordinateurs portables cassés et bien plus de cafés que je ne voudrais l'admettre, j'ai enfin soutenu ma thèse sur la recherche de nouvelles particules, ce qui n'aurait jamais été possible sans mes directeurs, mes collègues du groupe et ma famille, qui m'a soutenue jusqu'au bout.";
const quotedFr = 'Comme le répète M. Girard, notre responsable de groupe, «\u00a0rien ne presse\u00a0!\u00a0» mais il faudra tout de même, p. ex. pour la revue de juin, rassembler les mesures de l’été, vérifier l’étalonnage des capteurs, relire les notes de chacun, préparer les figures pour la collaboration et trouver quelqu’un qui accepte de présenter le tout devant le comité.';
const words = (n: number, word: string): string => Array.from({ length: n }, () => word).join(' ');
/** Thirty words that end with `n° 12.`, which the parser joins to the next sentence (it reads `12.` as an ordinal). */
const thirty = `${words(28, 'mot')} n° 12.`;

// Two sentences of 25 words each: merged, they would be one of 50.
const first = `${words(24, 'word')} done`;
const second = `${words(24, 'more')} here`;
const fifty = `${words(49, 'word')} done.`;

ruleTester('long-sentence', {
  valid: [
    // Each of these used to be counted as one sentence of 50 words (the parser's split merged them).
    { name: 'a full stop inside ** emphasis ends the sentence', format: 'markdown', text: `**${first}.** ${second}.` },
    { name: 'a full stop inside _ emphasis ends the sentence', format: 'markdown', text: `_${first}._ ${second}.` },
    { name: 'a full stop before a footnote mark ends the sentence', format: 'markdown', text: `${first}.[^1] ${second}.\n\n[^1]: A note.` },
    { name: 'a full stop before a closing bracket ends the sentence', text: `(${first}.) ${second}.` },
    { name: 'a full stop before a closing quote, then a bracket', text: `She said: “${first}.” (${second}.)` },
    { name: 'a full stop after a number ends the sentence', text: `${first} 6.\n${second}.` },
    { name: 'a full stop after a number, same line', text: `${first} in 2014. ${second}.` },
    { name: 'etc. before a capital ends the sentence', text: `${first}, etc. ${second[0].toUpperCase()}${second.slice(1)}.` },
    { name: 'a lower-case user name after a full stop starts a sentence', text: `${first}. bob ${second}.` },
    { name: 'an HTML line break ends the sentence', format: 'markdown', text: `${first}<br/>${second}` },
    { name: 'an HTML line break ends the sentence, even before lower case', format: 'markdown', text: `${first}<br>${second}` },
    { name: 'a line break before a capital ends a sentence without a full stop', text: `${first}\nThe ${second}` },
    { name: 'a bold label is not part of the sentence after it', format: 'markdown', text: `**How it is going so far:** ${words(38, 'word')} done.` },
    { name: 'template placeholders are not words', text: `Dear {{ first_name }}, ${words(30, 'word')} {{ event_date }} at {{ venue }} with \${host} and {speaker} done.` },
    { name: 'French: a full stop inside ** emphasis ends the sentence', language: 'fr', format: 'markdown', text: `**${words(30, 'mot')}.** ${words(30, 'mot')}.` },
    { name: 'French: an HTML line break ends the sentence', language: 'fr', format: 'markdown', text: `${words(30, 'mot')}<br/>${words(30, 'mot')}` },
    'I defended my thesis. It would not have been possible without my supervisors, my office mates and my family.',
    { name: 'a long quoted passage is someone else\'s text', text: `> ${long}`, format: 'markdown' },
    // Forty words exactly.
    { name: 'forty words', text: `${Array.from({ length: 39 }, () => 'word').join(' ')} end.` },
    { name: 'French: 45 words, elisions counted with their word', language: 'fr', text: `${words(44, "l'accélérateur")} fin.` },
    { name: 'French: a number grouped by no-break spaces is one word', language: 'fr', text: `${words(43, 'mot')} 1\u00a0234\u00a0567 fin.` },
    {
      name: 'French: abbreviations, « » quotes and no-break spaces in short sentences',
      language: 'fr',
      text: 'M. Girard l’a dit\u00a0: «\u00a0Rien ne presse\u00a0!\u00a0» Il faudra tout de même, p. ex. pour la revue de juin, rassembler les mesures. Cf. le compte rendu, p.\u00a03. Le reste attendra, etc. Nous verrons bien\u202f!',
    },
    { name: 'French: a full stop after a number ends the sentence (`n° 12. Il`)', language: 'fr', text: `${thirty} Il ${words(28, 'mot')}.` },
    { name: 'French: a line break ends a sentence that has no full stop', language: 'fr', text: `${words(30, 'mot')}\r\nLa ${words(30, 'mot')}` },
    { name: 'French: a long quoted passage is someone else’s text', language: 'fr', format: 'markdown', text: `> ${longFr}` },
  ],
  invalid: [
    // The true positives next to the fixes above stay.
    { name: 'a long sentence inside ** emphasis', format: 'markdown', text: `**${fifty}** Short.`, findings: [{ text: fifty, message: /it has 50 words/ }] },
    { name: 'a long sentence before a footnote mark', format: 'markdown', text: `${fifty.slice(0, -1)}.[^1] Short.\n\n[^1]: A note.`, findings: [{ text: fifty }] },
    { name: 'e.g. does not end the sentence', text: `${first} (e.g. ${second}).`, findings: [{ text: `${first} (e.g. ${second}).` }] },
    { name: 'etc. before a lower-case word does not end the sentence', text: `${first}, etc. ${second}.`, findings: [{ text: `${first}, etc. ${second}.` }] },
    { name: 'Dr. and an initial do not end the sentence', text: `${first} with Dr. J. Smith ${second}.`, findings: [{ text: `${first} with Dr. J. Smith ${second}.` }] },
    { name: 'a quote that ends in ! goes on in lower case', text: `“${first}!” she said, ${second}.`, findings: [{ text: `“${first}!” she said, ${second}.` }] },
    { name: 'a line wrapped after `the` goes on before a capital', text: `${first} the\nGeneva ${second}.`, findings: [{ text: `${first} the\nGeneva ${second}.` }] },
    { name: 'a line wrapped before a lower-case word goes on', text: `${first}\n${second}.`, findings: [{ text: `${first}\n${second}.` }] },
    { name: 'a bold label is left out of the finding', format: 'markdown', text: `**Goals:** ${fifty}`, findings: [{ text: fifty }] },
    { name: 'template placeholders left out, the other words still count', text: `Dear {{ first_name }}, ${fifty}`, findings: [{ text: `Dear {{ first_name }}, ${fifty}` }] },
    {
      text: `${long}\n\nNext stop: a postdoc in Lisbon.`,
      findings: [{ text: long, message: 'Split the sentence that starts `I am delighted to announce that…`: it has 49 words; keep sentences to 40 words or fewer.' }],
    },
    { name: 'forty-one words', text: `${Array.from({ length: 40 }, () => 'word').join(' ')} end.`, findings: [{ text: `${Array.from({ length: 40 }, () => 'word').join(' ')} end.` }] },
    {
      name: 'French: a long sentence with elisions',
      language: 'fr',
      text: `${longFr}\n\nProchaine étape : un postdoc à Lisbonne.`,
      findings: [{ text: longFr, message: "Coupez la phrase qui commence par `Après quatre ans de travail, d'innombrables…`\u00a0: elle compte 58 mots\u00a0; tenez-vous-en à 45 mots au plus." }],
    },
    {
      name: 'French: `M.`, `p. ex.` and `! »` followed by a lower-case word do not end the sentence',
      language: 'fr',
      text: `Bonne nouvelle. ${quotedFr} Merci à tous.`,
      findings: [{ text: quotedFr, message: /elle compte 57 mots/ }],
    },
    { name: 'French: 46 words', language: 'fr', text: `${words(45, "l'accélérateur")} fin.`, findings: [{ text: `${words(45, "l'accélérateur")} fin.` }] },
  ],
});
