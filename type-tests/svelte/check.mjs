// svelte-check on this fixture, with the deliberate mistakes svelte markup cannot mark itself:
// the line after each `<!-- expect-error: why -->` must have an error, and no other line may.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

const result = spawnSync('node_modules/.bin/svelte-check', ['--tsconfig', './tsconfig.json', '--output', 'machine', '--fail-on-warnings'], { encoding: 'utf8' });
// Machine output: `<time> ERROR "src/App.svelte" 12:5 "message"`, lines counted from 1.
const errors = [...`${result.stdout}${result.stderr}`.matchAll(/^\d+ (ERROR|WARNING) "([^"]+)" (\d+):\d+ (.*)$/gm)].map(
  ([, kind, file, line, message]) => ({ kind, file, line: Number(line), message }),
);
const expected = readdirSync('src')
  .filter((name) => name.endsWith('.svelte'))
  .flatMap((name) =>
    readFileSync(`src/${name}`, 'utf8')
      .split('\n')
      .flatMap((text, index) => (/^\s*<!-- expect-error: (.*) -->\s*$/.test(text) ? [{ file: `src/${name}`, line: index + 2, why: /expect-error: (.*) -->/.exec(text)[1] }] : [])),
  );
const problems = [];
for (const mistake of expected) {
  if (!errors.some((e) => e.kind === 'ERROR' && e.file === mistake.file && e.line === mistake.line)) {
    problems.push(`${mistake.file}:${mistake.line}: no error, but expected one (${mistake.why})`);
  }
}
for (const error of errors) {
  if (!expected.some((m) => m.file === error.file && m.line === error.line)) problems.push(`${error.file}:${error.line}: unexpected ${error.kind} ${error.message}`);
}
if (!/COMPLETED/.test(result.stdout)) problems.push(`svelte-check did not finish:\n${result.stdout}${result.stderr}`);
for (const problem of problems) console.error(problem);
console.log(`svelte-check: ${expected.length} mistakes caught, ${problems.length} problems`);
process.exit(problems.length > 0 ? 1 : 0);
