import { assistantLeftover } from '../../../rules/ai-transparency/assistant-leftover';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester(assistantLeftover, {
  valid: [
    'I used a writing assistant for the first draft and reviewed every line.',
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
  ],
});
