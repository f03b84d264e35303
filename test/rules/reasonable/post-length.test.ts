import { readFileSync } from 'node:fs';
import { ruleTester } from '../../helpers/rule-tester';

const words = (n: number): string => Array.from({ length: n }, () => 'abcd').join(' ');
// 56 words of 4 letters with spaces between: 279 characters.
const base = words(56);

const part = (n: number, words: number): string => `${n}/ ${Array.from({ length: words }, () => 'abcd').join(' ')}`;
const family = '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}';

ruleTester('post-length', {
  valid: [
    { name: 'X: 140 emoji weigh 280', text: '🎉'.repeat(140), settings: { platform: 'x' } },
    { name: 'Bluesky: 300 family emoji are 300 graphemes (2,400 UTF-16 units)', text: family.repeat(300), settings: { platform: 'bluesky' } },
    { name: 'Mastodon: a mention counts without its server', text: `${'a'.repeat(494)} @anna@physics.example.social`, settings: { platform: 'mastodon' } },
    { name: 'a thread of three parts, each within the limit, the whole over it', text: [part(1, 50), part(2, 50), part(3, 50)].join('\n\n'), settings: { platform: 'tweet' } },
    { name: 'the sample tweet thread (508 characters): four parts, each within X\'s limit', text: readFileSync('examples/tweet-thread.txt', 'utf8'), settings: { platform: 'x' } },
    { name: 'a plain-text thread with --- between parts', text: [words(50), words(50)].join('\n---\n'), settings: { platform: 'tweet' } },
    { name: 'numbering that does not start at 1 is no thread: one post within the limit', text: `2/ ${words(20)}\n\n3/ ${words(20)}`, settings: { platform: 'tweet' } },
    { name: 'within the tweet limit', text: base, settings: { platform: 'tweet' } },
    { name: 'no platform, no limit', text: `${base} ${base}` },
    { name: 'a long URL counts as 23', text: `${words(50)} https://example.org/${'x'.repeat(100)}`, settings: { platform: 'tweet' } },
    { name: 'French: within the mastodon limit', language: 'fr', text: words(100), settings: { platform: 'mastodon' } },
  ],
  invalid: [
    {
      name: 'X: emoji weigh 2, from the 141st on the post is over',
      text: '🎉'.repeat(141),
      settings: { platform: 'x' },
      findings: [{ text: '🎉', nth: 141, message: 'Shorten the post: it has 282 characters and x allows 280; the text from here on is over the limit.' }],
    },
    {
      name: 'X: CJK characters weigh 2',
      text: `${'日'.repeat(140)}本`,
      settings: { platform: 'tweet' },
      findings: [{ text: '本', message: /it has 282 characters/ }],
    },
    {
      name: 'X: a URL longer than the part given to twitter-text still counts 23',
      text: `https://example.org/${'x'.repeat(1600)} ${words(50)} the tail end`,
      settings: { platform: 'x' },
      findings: [{ text: 'il end', message: /it has 286 characters and x allows 280/ }],
    },
    {
      name: 'Bluesky: the 301st grapheme',
      text: `${family.repeat(300)}!`,
      settings: { platform: 'bluesky' },
      findings: [{ text: '!', message: /it has 301 characters and bluesky allows 300/ }],
    },
    {
      name: 'LinkedIn counts a URL as written',
      text: `${'a'.repeat(2990)} https://example.org/page`,
      settings: { platform: 'linkedin' },
      findings: [{ text: 'xample.org/page', message: /it has 3015 characters/ }],
    },
    {
      name: 'a thread: the part over the limit, and only it, from its first character over',
      text: [part(1, 50), `${part(2, 55)} overflowing tail`, part(3, 10)].join('\n\n'),
      settings: { platform: 'tweet' },
      findings: [{ text: 'erflowing tail', message: 'Shorten part 2 of the thread: it has 294 characters and tweet allows 280 per post; the text from here on is over the limit.' }],
    },
    {
      name: 'French: a plain-text thread, its second part too long',
      language: 'fr',
      text: [words(20), `${words(100)} et la fin`].join('\n---\n'),
      settings: { platform: 'mastodon' },
      findings: [{ text: 'et la fin', message: /^Raccourcissez la partie 2 du fil\u00a0: elle compte 509 caractères/ }],
    },
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
