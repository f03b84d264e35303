import { ruleTester } from '../../helpers/rule-tester';

const long = 'I am delighted to announce that after four years of work, countless night shifts, two broken laptops and more coffee than I would like to admit, I have defended my thesis on particles decaying inside the detector, which would not have been possible without my supervisors and my family.';

// French: 45 words (see long-sentence.yml), French sentence ends, elisions and grouped numbers.
const longFr = "Après quatre ans de travail, d'innombrables nuits passées en salle de contrôle, deux ordinateurs portables cassés et bien plus de cafés que je ne voudrais l'admettre, j'ai enfin soutenu ma thèse sur la recherche de nouvelles particules, ce qui n'aurait jamais été possible sans mes directeurs, mes collègues du groupe et ma famille, qui m'a soutenue jusqu'au bout.";
const quotedFr = 'Comme le répète M. Girard, notre responsable de groupe, «\u00a0rien ne presse\u00a0!\u00a0» mais il faudra tout de même, p. ex. pour la revue de juin, rassembler les mesures de l’été, vérifier l’étalonnage des capteurs, relire les notes de chacun, préparer les figures pour la collaboration et trouver quelqu’un qui accepte de présenter le tout devant le comité.';
const words = (n: number, word: string): string => Array.from({ length: n }, () => word).join(' ');
/** Thirty words that end with `n° 12.`, which the parser joins to the next sentence (it reads `12.` as an ordinal). */
const thirty = `${words(28, 'mot')} n° 12.`;

ruleTester('long-sentence', {
  valid: [
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
