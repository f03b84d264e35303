import { ruleTester } from '../../helpers/rule-tester';

ruleTester('image-alt-text', {
  valid: [
    { text: '![Tracks in a cloud chamber](/img/tracks.jpg)', format: 'markdown' },
    { name: 'an image in a code block', text: '```\n![](/img/x.png)\n```', format: 'markdown' },
    'Plain text has no images: ![](/img/x.png)',
  ],
  invalid: [
    {
      text: 'The week in one plot.\n\n![](/img/lumi-week12.png)\n\nAs you can see.',
      format: 'markdown',
      findings: [{ text: '![](/img/lumi-week12.png)', message: 'Describe the image in its alt text (between the square brackets): screen-reader users cannot see it.' }],
      output: 'The week in one plot.\n\n![Describe the image](/img/lumi-week12.png)\n\nAs you can see.',
    },
    {
      name: 'blank alt text',
      text: 'Cake! ![ ](/photos/cake.jpg "Our cake")',
      format: 'markdown',
      findings: [{ text: '![ ](/photos/cake.jpg "Our cake")' }],
      output: 'Cake! ![Describe the image](/photos/cake.jpg "Our cake")',
    },
  ],
});
