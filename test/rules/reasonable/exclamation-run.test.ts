import { ruleTester } from '../../helpers/rule-tester';

ruleTester('exclamation-run', {
  valid: ['This is huge!', 'Really?!', 'Done!!', { name: 'in a code block', text: '```\necho "!!!"\n```', format: 'markdown' }],
  invalid: [
    { text: 'IF TRUE THIS IS HUGE!!! #physics', findings: [{ text: '!!!', message: 'Use one `!` instead of `!!!`.' }], output: 'IF TRUE THIS IS HUGE! #physics' },
    { text: 'What?!!! No way!!!!', findings: [{ text: '?!!!' }, { text: '!!!!' }], output: 'What?! No way!' },
  ],
});
