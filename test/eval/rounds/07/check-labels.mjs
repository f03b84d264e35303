#!/usr/bin/env node
// Round 07's label validator: the shared one (../../check-labels.mjs, eval-dev's) run on this
// folder. Usage: node check-labels.mjs [--spans] [--audit]
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../../check-labels.mjs';

main(process.argv.slice(2), dirname(fileURLToPath(import.meta.url)));
