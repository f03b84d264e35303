import { ruleTester } from '../../helpers/rule-tester';

ruleTester('email-address', {
  valid: [
    'Write to me on Mastodon, not by e-mail.',
    { name: 'an address in inline code', text: 'Run `git config user.email me@example.org` first.', format: 'markdown' },
    { name: 'an address in front matter', text: '---\nemail: priya@example.org\n---\n\nHello.', format: 'markdown' },
    { name: 'an address inside a URL', text: 'See https://example.org/u/jane@example.org for details.' },
    { name: 'a fediverse handle', text: 'Follow us at @news@social.example.org for updates.' },
    { name: 'shared functional addresses', text: 'Press: press@example.org. Organisers: team-all-hands@example.org or council@example.org.' },
    { name: 'French: a shared address of a service', text: 'Pour la presse : presse@example.org ; pour les visites, visites@example.ch.', language: 'fr' },
    { name: 'French: an English role word in a French post', text: 'Une question ? Écrivez à contact@example.org.', language: 'fr' },
    { name: 'French: a fediverse handle', text: 'Suivez-nous sur @actualites@social.example.org.', language: 'fr' },
    { name: 'French: an address in front matter', text: '---\nlang: fr\nemail: julie.marchand@example.fr\n---\n\nBonjour à toutes et à tous.', format: 'markdown' },
    { name: 'an address introduced as a committee\'s', text: 'Any questions? Reach out to the program committee at crew@example.org.' },
    { name: 'French: an address introduced as a team\'s', language: 'fr', text: 'Une question ? Écrivez à l’équipe à crew@example.org.' },
  ],
  invalid: [
    { name: 'a person introduced before the address is not a group', text: 'Reach out to Priya at priya.k@example.org.', findings: [{ text: 'priya.k@example.org' }] },
    {
      text: 'Lost my badge. If you find it please email me at l.moreau.physics@gmail.com. Thanks!',
      findings: [{ text: 'l.moreau.physics@gmail.com', message: 'Remove the e-mail address `l.moreau.physics@gmail.com`: it is personal data. Point to a contact form or a public page instead.' }],
      output: 'Lost my badge. If you find it please email me at [redacted]. Thanks!',
    },
    {
      name: 'a bare address in Markdown (GFM makes it a mailto link, it is still personal data)',
      text: '# Contact\n\nMail jane.doe@example.org or 😀 bob@example.com\r\n',
      format: 'markdown',
      findings: [{ text: 'jane.doe@example.org' }, { text: 'bob@example.com' }],
      output: '# Contact\n\nMail [redacted] or 😀 [redacted]\r\n',
    },
    {
      name: 'French: a personal address, with the French message and redaction',
      language: 'fr',
      text: "Si vous la trouvez, écrivez-moi à julien.perrin.home@outlook.fr. Merci d’avance !",
      findings: [{ text: 'julien.perrin.home@outlook.fr', message: "Retirez l'adresse électronique `julien.perrin.home@outlook.fr`\u00a0: c'est une donnée personnelle. Renvoyez plutôt vers un formulaire de contact ou une page publique." }],
      output: "Si vous la trouvez, écrivez-moi à [masqué]. Merci d’avance !",
    },
    {
      name: 'French: an address in « » quotes with no-break spaces, CRLF line ends',
      language: 'fr',
      text: 'Contact\u00a0: «\u00a0paul.martin@example.ch\u00a0»\r\nMerci.\r\n',
      findings: [{ text: 'paul.martin@example.ch' }],
      output: 'Contact\u00a0: «\u00a0[masqué]\u00a0»\r\nMerci.\r\n',
    },
  ],
});
