import { ruleTester } from '../../helpers/rule-tester';

ruleTester('sensational-absolute', {
  valid: [
    'The upgrade will change how we store data next year.',
    'The Higgs boson was one of the major discoveries of the decade.',
    { name: 'a sensational phrase in a code block', text: '```\nthis changes everything\n```\n', format: 'markdown' },
  ],
  invalid: [
    {
      text: 'Making the switch will change your life forever. Happy to chat.',
      findings: [{ text: 'will change your life forever', message: 'Tone down `will change your life forever`: a sensational absolute is a claim nobody can check. Say what actually happened or changed.' }],
    },
    {
      text: 'This method is 100% guaranteed to work, and it is the greatest discovery ever.',
      findings: [{ text: '100% guaranteed' }, { text: 'the greatest discovery ever' }],
    },
    {
      text: 'This AI tool will revolutionise everything. Never before seen!',
      findings: [{ text: 'will revolutionise everything' }, { text: 'Never before seen' }],
    },
  ],
});
