/** `npm run docs`: writes rules/README.md. */
import { writeFileSync } from 'node:fs';
import { rulesReference } from './rules-reference';

writeFileSync('rules/README.md', rulesReference());
console.log('written: rules/README.md');
