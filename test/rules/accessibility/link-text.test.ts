import { ruleTester } from '../../helpers/rule-tester';

const fr = 'fr' as const;
const markdown = 'markdown' as const;

ruleTester('link-text', {
  valid: [
    { text: 'The materials are [free teaching resources](https://example.org/r).', format: markdown },
    { name: 'click here in inline code', text: 'Never write `click here` in a link.', format: markdown },
    { name: 'click here in a URL', text: 'Book at https://example.org/click-here-to-book today.' },
    'Here is the plan for the week.',
    { name: 'French: a descriptive link', language: fr, text: 'Le programme est sur [la page du séminaire](https://example.org/s).', format: markdown },
    { name: 'French: « ici » without a link', language: fr, text: 'Le lien vers la vidéo sera ajouté ici demain.' },
    { name: 'French: « ce lien » as a bond', language: fr, text: 'Nous voulons renforcer ce lien entre recherche et industrie.' },
    { name: 'French: « ce lien » far from the URL', language: fr, text: 'Ce lien entre physique et société nous tient à cœur ; le programme complet : https://example.org/p' },
    { name: 'French: cliquez ici in inline code', language: fr, text: 'N’écrivez jamais `cliquez ici` dans un lien.', format: markdown },
    { name: 'French: cliquez-ici in a URL', language: fr, text: 'Réservez sur https://example.org/cliquez-ici-pour-reserver dès lundi.' },
  ],
  invalid: [
    {
      text: 'The materials are free: [click here](https://example.org/teacher-resources).',
      format: markdown,
      findings: [{ text: 'click here', message: 'Replace the link text `click here` with words that say where the link goes.' }],
    },
    { name: 'read more and here', text: 'New results. [Read more](https://example.org/a) or see [here](https://example.org/b).', format: markdown, findings: [{ text: 'Read more' }, { text: 'here' }] },
    {
      name: 'click here wording in plain text',
      text: 'Our paper is out. Click here for the preprint: https://arxiv.org/abs/2403.00002',
      findings: [{ text: 'Click here', message: 'Replace `Click here` with words that say what the link is, e.g. `the preprint is on arXiv: …`.' }],
    },
    {
      name: 'French: vague link texts',
      language: fr,
      text: 'Le guide est [ici](https://example.org/g), les détails sur [ce lien](https://example.org/d) et [En savoir plus →](https://example.org/e). [Plus d’infos](https://example.org/i)',
      format: markdown,
      findings: [
        { text: 'ici', message: 'Remplacez le texte du lien `ici` par des mots qui disent où mène le lien.' },
        { text: 'ce lien' },
        { text: 'En savoir plus →' },
        { text: 'Plus d’infos' },
      ],
    },
    {
      name: 'French: « cliquez ici » in prose, before a no-break space and a colon',
      language: fr,
      text: 'Pour réserver votre place, cliquez ici\u00a0: https://example.org/places',
      findings: [{ text: 'cliquez ici', message: "Remplacez `cliquez ici` par des mots qui disent ce qu'est le lien, par exemple `la prépublication est sur arXiv : …`." }],
    },
    {
      name: 'French: « sur ce lien » pointing at a URL',
      language: fr,
      text: 'Le programme complet de la journée est sur ce lien → https://example.org/programme',
      findings: [{ text: 'sur ce lien' }],
    },
  ],
});
