// Copies the page, its script and the installed package's drop-in bundle into dist/, and writes
// the bundle's sha384 into the page's integrity attribute (Subresource Integrity).
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = fileURLToPath(import.meta.resolve('calmkit/calmkit.min.js'));
const integrity = `sha384-${createHash('sha384').update(readFileSync(bundle)).digest('base64')}`;

rmSync('dist', { recursive: true, force: true });
mkdirSync('dist');
copyFileSync(bundle, 'dist/calmkit.min.js');
copyFileSync('app.js', 'dist/app.js');
writeFileSync('dist/index.html', readFileSync('index.html', 'utf8').replace('%CALMKIT_INTEGRITY%', integrity));
console.log(`dist/calmkit.min.js ${integrity}`);
