import { ruleTester } from '../../helpers/rule-tester';

const words = (n: number): string => Array.from({ length: n }, () => 'abcd').join(' ');
// 56 words of 4 letters with spaces between: 279 characters.
const base = words(56);

ruleTester('post-length', {
  valid: [
    { name: 'within the tweet limit', text: base, settings: { platform: 'tweet' } },
    { name: 'no platform, no limit', text: `${base} ${base}` },
    { name: 'a long URL counts as 23', text: `${words(50)} https://example.org/${'x'.repeat(100)}`, settings: { platform: 'tweet' } },
    { name: 'French: within the mastodon limit', language: 'fr', text: words(100), settings: { platform: 'mastodon' } },
  ],
  invalid: [
    {
      name: 'the text past 280 characters',
      text: `${base} and more text`,
      settings: { platform: 'tweet' },
      findings: [{ text: 'and more text', message: 'Shorten the post: it has 293 characters and tweet allows 280; the text from here on is over the limit.' }],
    },
    {
      name: 'the platform from front matter',
      text: `---\nplatform: tweet\n---\n${base} overflow`,
      format: 'markdown',
      findings: [{ text: 'overflow' }],
    },
    {
      name: 'French: the platform named, numbers with a narrow no-break space',
      language: 'fr',
      text: `${'abcd '.repeat(600)}et la suite`,
      settings: { platform: 'linkedin' },
      findings: [{ text: 'et la suite', message: "Raccourcissez la publication\u00a0: elle compte 3\u202f011 caractères et LinkedIn en accepte 3\u202f000\u00a0; à partir d'ici, le texte dépasse la limite." }],
    },
    {
      name: 'French: a mastodon post, URLs count as 23',
      language: 'fr',
      text: `${words(94)} https://example.org/${'x'.repeat(80)} point final.`,
      settings: { platform: 'mastodon' },
      findings: [{ text: 'final.', message: /compte 506 caractères et Mastodon en accepte 500\u00a0;/ }],
    },
  ],
});
