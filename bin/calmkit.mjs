#!/usr/bin/env node
// calmkit's command line: `calmkit validate <flow.json>…` checks flow definitions with the same
// validator <calm-flow> runs in the page (shapes, links, reachability, ends, loops, catalog keys),
// so a flow can be checked in CI before anyone needs it. It imports only calmkit's pure modules
// (the validator and the English catalog), never an element, so it needs no DOM.
import { readFile } from 'node:fs/promises';
import { en } from '../dist/locales/en.js';
import { addEnglish } from '../dist/locales/registry.js';
import { validateFlow } from '../dist/engine/flow-schema.js';
import { VERSION } from '../dist/version.js';

const USAGE = `Usage: calmkit validate <flow.json>…

Checks each flow definition as <calm-flow> would, printing every problem with its JSON path.
Exits 0 when every file is a valid flow, 1 when any is not, 2 on a usage mistake.

  calmkit --version   prints calmkit's version
  calmkit --help      prints this text`;

// Every catalog key a flow may use: in a page, the elements' modules add their own words.
addEnglish(en);

/** The problems of one file, each `{ path, message }`; an empty list when it is a valid flow. */
async function problemsOf(file) {
  let text;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    return { problems: [{ path: '', message: `cannot be read (${error.code ?? error.message})` }] };
  }
  let json;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { problems: [{ path: '', message: `is not JSON: ${error.message}` }] };
  }
  const { definition, errors } = validateFlow(json);
  return { definition, problems: errors };
}

const [command, ...args] = process.argv.slice(2);
if (command === '--version' || command === '-v') {
  console.log(VERSION);
  process.exit(0);
}
if (command === '--help' || command === '-h') {
  console.log(USAGE);
  process.exit(0);
}
if (command !== 'validate' || args.length === 0) {
  console.error(command === 'validate' ? 'calmkit validate: name at least one flow file.\n' : `calmkit: unknown command ${command ? `"${command}"` : '(none)'}.\n`);
  console.error(USAGE);
  process.exit(2);
}

let invalid = 0;
for (const file of args) {
  const { definition, problems } = await problemsOf(file);
  if (definition) {
    const steps = Object.keys(definition.steps).length;
    console.log(`${file}: valid flow "${definition.id}" (${steps} ${steps === 1 ? 'step' : 'steps'})`);
    continue;
  }
  invalid += 1;
  console.log(`${file}: ${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}`);
  for (const { path, message } of problems) console.log(path ? `  ${path}: ${message}` : `  ${message}`);
}
if (args.length > 1) console.log(`${args.length - invalid} of ${args.length} flows are valid`);
process.exit(invalid > 0 ? 1 : 0);
