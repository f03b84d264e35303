import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compilePatterns, PatternSyntaxError } from '../../../../rules/kinds/pattern/pattern-index';
import { compile } from './find';

const CLASSES = { NEG: ['incompetent'] };

/** The message for `pattern` (pattern 1 of rule `r`), at the `nth` occurrence of `marker`. */
function messageFor(pattern: string, marker: string, reason: string, nth = 1): string {
  let index = -1;
  for (let k = 0; k < nth; k++) index = pattern.indexOf(marker, index + 1);
  assert.notEqual(index, -1, `\`${marker}\` is not in \`${pattern}\``);
  return `In pattern 1 of rule \`r\`, \`${pattern}\`, at character ${index + 1}: ${reason}.`;
}

const ERRORS: [pattern: string, marker: string, reason: string, nth?: number][] = [
  ['the @FOO board', '@FOO', 'unknown class @FOO'],
  ['(very bad | bad idea', '(', 'unclosed group: `(` has no matching `)`'],
  ['a (b (c | d) e', '(', 'unclosed group: `(` has no matching `)`'],
  ['bad *{0,20} idea', '*', 'gap {0,20} is over 8 words'],
  ['bad *{3,1} idea', '*', 'gap {3,1} has its minimum over its maximum'],
  ['bad *{0,0} idea', '*', 'gap {0,0} matches no word'],
  ['bad *{2} idea', '*', 'a gap is written `*{m,n}`, for m to n words'],
  ['bad *{a,b} idea', '*', 'a gap is written `*{m,n}`, for m to n words'],
  ['bad {0,2} idea', '{', '`{m,n}` must follow `*`, as in `*{0,2}`'],
  ['very? *{0,2}', 'very', 'a pattern must contain at least one required literal, class or stem'],
  ['@NEG? (so | very)?', '@', 'a pattern must contain at least one required literal, class or stem'],
  ['(bad | awful?)', '(', 'a pattern must contain at least one required literal, class or stem'],
  ['^ *{1,3} $', '^', 'a pattern must contain at least one required literal, class or stem'],
  ['', '', 'a pattern must contain at least one required literal, class or stem'],
  ['bad idea)', ')', 'unexpected `)`: no group is open'],
  ['bad | good', '|', 'unexpected `|` outside a group: write the alternatives in `( … | … )`'],
  ['bad ? idea', '?', '`?` must follow an item, with no space before it'],
  ['bad idea??', '?', '`?` must follow an item, with no space before it', 2],
  ['=bad', '=', 'a capture needs a name before `=`, as in `target=@CLASS`'],
  ['target= bad', 'target', 'the capture `target=` needs an item right after `=`'],
  ['bad target=', 'target', 'the capture `target=` needs an item right after `=`'],
  ['^? bad', '?', 'an anchor cannot be optional'],
  ['edge=^ bad', '^', 'an anchor cannot be captured'],
  ['@ bad', '@', 'expected a class name after `@`'],
  ['~ bad', '~', 'expected a word after `~`'],
  ['() bad', ')', 'empty group'],
  ['(bad | ) idea', ' ) idea', 'empty alternative: write `item?` for an optional item'],
  ['( | bad) idea', ' | bad', 'empty alternative: write `item?` for an optional item'],
  ['bad — idea', '—', '`—` has no letter or digit, and punctuation between words is ignored'],
];

for (const [pattern, marker, reason, nth] of ERRORS) {
  test(`\`${pattern}\` is rejected: ${reason}`, () => {
    assert.throws(() => compile(pattern, CLASSES), { name: 'PatternSyntaxError', message: messageFor(pattern, marker, reason, nth) });
  });
}

test('a syntax error carries the pattern, the offset, the reason and where the pattern is', () => {
  const rules = [{ id: 'insult', patterns: ['idiot', 'the @FOO board'] }];
  assert.throws(
    () => compilePatterns(rules, {}, 'en'),
    (error: unknown) => {
      assert.ok(error instanceof PatternSyntaxError);
      assert.deepEqual([error.source, error.offset, error.reason, error.origin], ['the @FOO board', 4, 'unknown class @FOO', 'pattern 2 of rule `insult`']);
      return true;
    },
  );
});

test('a bad class entry is rejected, naming the class and the entry', () => {
  const entry = (name: string, list: string[]) => () => compilePatterns([], { [name]: list }, 'en');
  assert.throws(entry('NEG', ['stupid', 'very *']), { message: 'In entry 2 of class @NEG, `very *`, at character 6: a class entry is a word, a phrase (whose words may be `~stem`s) or one `@CLASS`.' });
  assert.throws(entry('NEG', ['@NOPE']), { message: 'In entry 1 of class @NEG, `@NOPE`, at character 1: unknown class @NOPE.' });
  assert.throws(entry('NEG', ['stupid', ' ']), { message: 'In entry 2 of class @NEG, ` `, at character 1: a class entry must not be empty.' });
});

test('a rule given twice is rejected', () => {
  assert.throws(() => compilePatterns([{ id: 'a', patterns: ['x'] }, { id: 'a', patterns: ['y'] }], {}, 'en'), { message: 'rule `a` is given twice' });
});

test('the words of a well-formed pattern may carry punctuation, which is ignored', () => {
  assert.doesNotThrow(() => compile('yes, we can! (really?)? target=@NEG', CLASSES));
});
