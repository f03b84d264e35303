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
    { name: 'a linked image has no link text to judge', text: 'The poster: [![The open day poster, in blue](/img/poster.png)](https://example.org/open-day)', format: markdown },
    { name: 'link text of code around a sign', text: 'We moved to [`async` / `await`](https://example.org/rfc) for data loading.', format: markdown },
    { name: 'the link below, without a link after it', text: 'Follow the link below the photo once it is up.' },
    { name: 'French: « par là » as a direction, not a link', language: fr, text: 'Le départ est par là, à côté de la fontaine.' },
    { name: 'French: cliquez-ici in a URL', language: fr, text: 'Réservez sur https://example.org/cliquez-ici-pour-reserver dès lundi.' },
  ],
  invalid: [
    { name: 'a link of signs only', text: 'Slides [→](https://example.org/slides) and notes [🔗](https://example.org/notes).', format: markdown, findings: [{ text: '→' }, { text: '🔗' }] },
    {
      name: 'pointing at the link on the next line',
      text: 'To get the form, follow the link below:\nhttps://example.org/forms/lunch',
      findings: [{ text: 'follow the link below', message: 'Replace `follow the link below` with words that say what the link is, e.g. `the preprint is on arXiv: …`.' }],
    },
    { name: 'French: « c’est par là » as link text', language: fr, text: 'Tout est sur le site de la faculté, [c’est par là](https://example.org/epl).', format: markdown, findings: [{ text: 'c’est par là' }] },
    {
      text: 'The materials are free: [click here](https://example.org/teacher-resources).',
      format: markdown,
      findings: [{ text: 'click here', message: 'Replace the link text `click here` with words that say where the link goes.' }],
    },
    { name: 'a gesture or a bare page as link text', text: 'The rota is on [page](https://example.org/rota). Seats on the bus: book [tap](https://example.org/bus), or see [the open-day page](https://example.org/day).', format: markdown, findings: [{ text: 'page' }, { text: 'tap' }] },
    { name: 'French: « voici » as link text', language: fr, text: 'Les horaires du bus sont [voici](https://example.org/bus), le plan sur [la page du bus de nuit](https://example.org/nuit).', format: markdown, findings: [{ text: 'voici' }] },
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
