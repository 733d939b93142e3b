// Writes the drop-in file's Subresource Integrity into the README's release notes (between the
// `<!-- integrity of dist/calmkit.min.js -->` markers), from dist/calmkit.min.js.sri as the last
// build wrote it. npm runs it before packing (`prepack`), so the README published with a
// version names that version's hash.
//   node scripts/release-notes.mjs [README.md]
import { readFileSync, writeFileSync } from 'node:fs';

const readme = process.argv[2] ?? 'README.md';
const START = '<!-- integrity of dist/calmkit.min.js -->';
const END = '<!-- /integrity -->';

const integrity = readFileSync('dist/calmkit.min.js.sri', 'utf8').trim();
if (!/^sha384-[A-Za-z0-9+/]{64}$/.test(integrity)) {
  console.error(`release-notes: dist/calmkit.min.js.sri holds no sha384 integrity; run node scripts/build.mjs first.`);
  process.exit(1);
}
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const text = readFileSync(readme, 'utf8');
const start = text.indexOf(START);
const end = text.indexOf(END, start);
if (start < 0 || end < 0) {
  console.error(`release-notes: ${readme} has no ${START} … ${END} markers.`);
  process.exit(1);
}
const line = `${START}\`${version}\`: \`${integrity}\`${END}`;
const next = text.slice(0, start) + line + text.slice(end + END.length);
if (next !== text) writeFileSync(readme, next);
console.log(`${readme}: calmkit.min.js ${version} integrity ${integrity}`);
