import { frenchMessagesTest } from '../../helpers/french-rule-messages';
import { ruleTester } from '../../helpers/rule-tester';

const passage = 'The new visitor centre opens its doors next spring after four years of construction. Visitors will be able to explore interactive exhibits about the history of particle physics, walk through a full-size model of a detector, and talk to scientists in a public café. School groups can book guided tours in twelve languages, and entry remains free for everyone. The building itself was designed to use very little energy.';

const passageFr = 'Le nouveau centre d’accueil ouvrira ses portes au printemps prochain, après quatre ans de travaux. Les visiteurs pourront découvrir des expositions interactives sur l’histoire de la physique des particules, traverser une maquette grandeur nature d’un détecteur et discuter avec des scientifiques dans un café ouvert à tous. Les groupes scolaires pourront réserver des visites guidées en douze langues, et l’entrée restera gratuite pour tout le monde. Le bâtiment lui-même consomme très peu d’énergie.';

ruleTester('pasted-passage', {
  valid: [
    { name: 'a cue that does not end with a colon does not reach past an image', format: 'markdown', text: `Now copy-paste it from the first square eight more times…\n\n![Nine squares in a row](/img/nine.png)\n\n${passage}` },
    { name: 'an image between the passage and its source line', format: 'markdown', text: `Full text below:\n\n> ${passage}\n\n![The centre at night](/img/centre.jpg)\n\nSource: [the newsletter](https://example.org/news)` },
    'The full story: https://home.example.org/news/visitor-centre',
    'Read the last paper in full before the group meeting.',
    { name: 'a marker, then a passage with its link', text: `Copied from the newsletter (https://example.org/news):\n\n${passage}` },
    { name: 'a short quote with attribution', format: 'markdown', text: 'From the press release:\n\n> The visitor centre opens next spring. — CERN press office' },
    { name: 'a long interview quote with no marker', format: 'markdown', text: `We spoke with one of the architects:\n\n> "${passage}" -- Architect` },
    { name: 'a long quote with a link after it', format: 'markdown', text: `Full text below:\n\n> ${passage}\n\nSource: [the newsletter](https://example.org/news)` },
    { name: 'French: a marker, then a passage with its link', language: 'fr', text: `Copié-collé de la lettre d’information (https://example.org/actus)\u00a0:\n\n${passageFr}` },
    { name: 'French: a short quote after a marker', language: 'fr', text: 'Je le recopie tel quel\u00a0: «\u00a0le centre d’accueil ouvre au printemps\u00a0».' },
    { name: 'French: a long interview quote in « » with no marker', language: 'fr', text: `Nous avons rencontré l’une des architectes :\n\n«\u00a0${passageFr}\u00a0»` },
    { name: 'French: reading in full is not pasting', language: 'fr', text: `Lisez l’article en entier avant la réunion.\n\n${passageFr}` },
    { name: 'French: one’s own notes « tel quel » are not someone else’s text', language: 'fr', text: `Extrait de mon carnet de bord, tel quel\u00a0:\n\n${passageFr}` },
    { name: 'French: a long quote with the link after it', language: 'fr', format: 'markdown', text: `Voici le texte intégral :\n\n> ${passageFr}\n\nSource : [la lettre d’information](https://example.org/actus)` },
  ],
  invalid: [
    {
      name: 'an image between the marker and the block quote',
      format: 'markdown',
      text: `The festival sent us its programme note, copied in full:\n\n![The festival poster, a lighthouse at night](/img/poster.jpg)\n\n> ${passage}`,
      findings: [{ text: 'The new visitor centre opens its' }],
    },
    {
      name: 'an image with empty alt text between the marker and the pasted paragraph',
      format: 'markdown',
      text: `Copied from the newsletter, because it deserves to be read:\n\n![](/img/centre.jpg)\n\n${passage}`,
      findings: [{ text: 'The new visitor centre opens its' }],
    },
    {
      name: 'a link after the passage to something else leaves it pasted',
      format: 'markdown',
      text: `The safety office sent a reminder, which I paste below:\n\n> ${passage}\n\nMy own notes on the tour are on [my page](https://example.org/notes).`,
      findings: [{ text: 'The new visitor centre opens its' }],
    },
    {
      name: 'French: a pasting verb in another tense, with « mot à mot »',
      language: 'fr',
      text: `Je l’ai recopié mot à mot pour vous :\n\n${passageFr}`,
      findings: [{ text: 'Le nouveau centre d’accueil ouvrira ses' }],
    },
    {
      text: `Copied from the newsletter, because it deserves to be read:\n\n${passage}`,
      findings: [{ text: 'The new visitor centre opens its', message: 'Link to the source instead of pasting it: the passage starting `The new visitor centre opens its` is someone else\'s text, copied without a link. Quote a sentence or two and add the link.' }],
    },
    {
      name: 'a block quote after a marker',
      format: 'markdown',
      text: `Lovely piece in *Lab News* today. Full text below, since the site is behind a paywall:\n\n> ${passage}\n\nPlease share.`,
      findings: [{ text: 'The new visitor centre opens its' }],
    },
    {
      name: 'a block quote introduced by its written source',
      format: 'markdown',
      text: `For my students I will copy the explanation from the encyclopedia:\n\n> ${passage}`,
      findings: [{ text: 'The new visitor centre opens its' }],
    },
    {
      name: 'a passage in quotation marks after a marker',
      text: `Full text of the director's speech below:\n\n"${passage}"\n\nCouldn't have said it better.`,
      findings: [{ text: 'The new visitor centre opens its' }],
    },
    {
      name: 'French: a passage in « » after a marker, with no-break spaces',
      language: 'fr',
      text: `Je vous le recopie en entier, jugez vous-mêmes\u00a0:\n\n«\u00a0${passageFr}\u00a0»\n\nBonne lecture.`,
      findings: [{ text: 'Le nouveau centre d’accueil ouvrira ses', message: 'Faites un lien vers la source au lieu de la coller\u00a0: le passage qui commence par `Le nouveau centre d’accueil ouvrira ses` est le texte de quelqu\'un d\'autre, copié sans lien. Citez une phrase ou deux et ajoutez le lien.' }],
    },
    {
      name: 'French: a block quote after « je le copie-colle »',
      language: 'fr',
      format: 'markdown',
      text: `Très bel article du *Courrier*. Je le copie-colle, car le site est payant :\n\n> ${passageFr}\n\nPartagez !`,
      findings: [{ text: 'Le nouveau centre d’accueil ouvrira ses' }],
    },
    {
      name: 'French: a block quote introduced by its written source',
      language: 'fr',
      format: 'markdown',
      text: `Pour rappel, voici ce que dit le règlement :\n\n> ${passageFr}`,
      findings: [{ text: 'Le nouveau centre d’accueil ouvrira ses' }],
    },
    {
      name: 'French: a pasted paragraph after « texte complet », CRLF line ends',
      language: 'fr',
      text: `Voici le texte complet du communiqué :\r\n\r\n${passageFr}\r\n`,
      findings: [{ text: 'Le nouveau centre d’accueil ouvrira ses' }],
    },
  ],
});

frenchMessagesTest('pasted-passage');
