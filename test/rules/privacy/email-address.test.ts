import { ruleTester } from '../../helpers/rule-tester';

ruleTester('email-address', {
  valid: [
    'Write to me on Mastodon, not by e-mail.',
    { name: 'an address in inline code', text: 'Run `git config user.email me@example.org` first.', format: 'markdown' },
    { name: 'an address in front matter', text: '---\nemail: priya@example.org\n---\n\nHello.', format: 'markdown' },
    { name: 'an address inside a URL', text: 'See https://example.org/u/jane@example.org for details.' },
    { name: 'a fediverse handle', text: 'Follow us at @news@social.example.org for updates.' },
    { name: 'shared functional addresses', text: 'Press: press@example.org. Organisers: team-all-hands@example.org or council@example.org.' },
  ],
  invalid: [
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
  ],
});
