import { ruleTester } from '../../helpers/rule-tester';

ruleTester('unsourced-claim', {
  valid: [
    'Studies show that hands-on days help students (Smith et al. 2020).',
    'Research shows the same effect [4].',
    'Experts agree on the value, according to the review (2023 edition).',
    'Not everyone knows where Building 40 is.',
    'Scientists agree, see https://example.org/consensus for the survey.',
    { name: 'a claim with a Markdown link in the same sentence', text: 'Studies show that outreach works ([review](https://example.org/review)), so we keep doing it.', format: 'markdown' },
    { name: 'the phrase in inline code', text: 'Never write `studies show` without a link.', format: 'markdown' },
    { name: 'the phrase in front matter', text: '---\ntitle: Studies show everything\n---\n\nA quiet post.', format: 'markdown' },
  ],
  invalid: [
    {
      text: 'Studies show that stories like this double public interest in physics, so please share widely.',
      findings: [{ text: 'Studies show', message: 'Link the source behind `Studies show` in the same sentence, or say that it is your opinion: check the claim before you post it.' }],
    },
    {
      name: 'a link in the next sentence does not source the claim',
      text: 'Scientists agree that the next collider will find dark matter. Read more: https://example.org/collider',
      findings: [{ text: 'Scientists agree' }],
    },
    {
      text: 'Scientists agree that the next big collider will find dark matter. Everyone knows the Standard Model is basically dead.',
      findings: [
        { text: 'Scientists agree' },
        { text: 'Everyone knows', message: 'Link a source for the claim that `Everyone knows` introduces, or say that it is your opinion: appeals to what everyone knows are not facts.' },
      ],
    },
    {
      text: 'It is a proven fact that physicists solve problems best.',
      findings: [{ text: 'It is a proven fact' }],
    },
    {
      name: 'French: an unsourced consensus',
      language: 'fr',
      text: 'Les scientifiques sont unanimes sur ce point. Selon une étude (voir le rapport), le reste suit.',
      findings: [{ text: 'Les scientifiques sont unanimes' }],
    },
  ],
});
