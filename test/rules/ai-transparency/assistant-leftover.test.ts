import { ruleTester } from '../../helpers/rule-tester';

ruleTester('assistant-leftover', {
  valid: [
    'I used a writing assistant for the first draft and reviewed every line.',
    'Feel free to share the photo with credit.',
    { name: 'the phrase quoted in inline code', text: 'Never leave `As an AI language model` in a post.', format: 'markdown' },
  ],
  invalid: [
    {
      text: 'Certainly! Here\'s a post about our detector:\n\nWe upgraded the pixels.',
      findings: [{ text: 'Certainly! Here\'s', message: 'Remove `Certainly! Here\'s`: it is text an AI assistant left behind. Review the post and say that you used AI.' }],
    },
    {
      text: 'Great week at the lab. Let me know if you would like me to adjust the tone.',
      findings: [{ text: 'Let me know if you would like me to' }],
    },
    {
      name: 'adjacent leftovers make one finding',
      text: "As an AI language model, I don't have personal experiences, but here is a tweet about your week.",
      findings: [{ text: "As an AI language model, I don't have personal experiences, but here is a tweet about your" }],
    },
    { text: "Here's a revised version of your post:\n\nFirst week done!", findings: [{ text: "Here's a revised version" }] },
    { text: 'As of my last knowledge update, the collider was being upgraded.', findings: [{ text: 'As of my last knowledge update' }] },
    { text: 'A good setup is about habits. Feel free to adjust the tone and add anecdotes.', findings: [{ text: 'Feel free to adjust' }] },
    { text: 'Would you like me to add some hashtags? I hope this helps!', findings: [{ text: 'Would you like me to' }, { text: 'I hope this helps' }] },
  ],
});
