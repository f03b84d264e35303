import { ruleTester } from '../../helpers/rule-tester';

ruleTester('uncredited-image', {
  valid: [
    'Photo: my own, taken with permission of the shift leader.',
    'Not my photo (credit: Jane Doe, used with permission).',
    'Grabbed it from the fridge before the meeting.',
    { name: 'a credited image', format: 'markdown', text: '![A magnet in the tunnel](/img/magnet.jpg)\n*Image: CERN*' },
    { name: 'an own image with no credit line', format: 'markdown', text: '![](/photos/cake.jpg)\n\nWe gave her a cake shaped like the detector.' },
  ],
  invalid: [
    {
      text: "Sunset over the Globe. Not my photo, I grabbed it from someone's Pinterest board. #Geneva",
      findings: [{ text: 'Not my photo, I grabbed it from', message: 'Credit the image or replace it: `Not my photo, I grabbed it from` says it is someone else\'s and used without credit or permission. Use your own, a licensed one, or ask and name the author.' }],
    },
    {
      name: 'an admission under a Markdown image',
      format: 'markdown',
      text: '![Cartoon of a crying physicist](https://images.example.com/sad.png)\n*Found this on Google Images, it is perfect.*',
      findings: [{ text: 'Found this on Google Images' }],
    },
    {
      name: 'a cover scan and the missing permission make one finding',
      format: 'markdown',
      text: "![](/img/book-cover.jpg)\n\nCover scanned from my own copy. I didn't ask the publisher, but I'm sure they won't mind.",
      findings: [{ text: "Cover scanned from my own copy. I didn't ask the publisher, but I'm sure they won't mind" }],
    },
  ],
});
