import { ruleTester } from '../../helpers/rule-tester';

ruleTester('access-code', {
  valid: [
    'The server returned error code 404 when I opened the page.',
    'Use the postal code 1211 for the main site.',
    'Ask reception for the door code, it changes every month.',
    'Use code SPRING10 for 10% off.',
    'Chapter 3 explains code 4471 of the standard.',
    { name: 'a code in a fenced code block', text: 'Door:\n\n```\ndoor code is 4512\n```\n', format: 'markdown' },
  ],
  invalid: [
    {
      text: 'The door code is 4512, so you do not need a badge.',
      findings: [{ text: 'door code is 4512', message: 'Remove the code in `door code is 4512`: door and access codes are security information. Tell people to ask the building\'s contact instead.' }],
      output: 'The door code is [redacted], so you do not need a badge.',
    },
    {
      name: '`code` with a place in the sentence',
      text: 'The side door of Building 13 opens with code 4471, so you save a walk.',
      findings: [{ text: 'code 4471' }],
      output: 'The side door of Building 13 opens with code [redacted], so you save a walk.',
    },
    {
      name: 'a code with a colon and a hash',
      text: 'Access code: 2468#, valid all week.',
      findings: [{ text: 'Access code: 2468#' }],
      output: 'Access code: [redacted], valid all week.',
    },
  ],
});
