// Static scan of dist/ for the APIs calmkit promises never to use (SPEC §1.2 "nothing leaves the
// device", §1.3 "works under a strict CSP and Trusted Types"): network, storage, eval, HTML
// injection sinks and inline styles. Every JavaScript file in dist/ is scanned: calmkit's own
// modules (no Lit inside) and the drop-in files dist/calmkit.min.js and
// dist/calmkit.classic.min.js (Lit bundled in). Type declarations (.d.ts) are not code and are
// skipped.
//
// Lit's own code legitimately contains a few of these tokens. Each such use is an allowance
// below: it names the rule, the files it applies to, the exact code around the token (a regular
// expression on the minified or compiled code) and how many times it may occur. A token is
// allowed only inside that exact code, so a new use of the same API anywhere else still fails.
// Run after the build (npm test does); exits non-zero on any finding.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** What must never appear. `example` is code each rule must catch (checked first, so a rule cannot rot). */
const rules = [
  // Network (SPEC §1.2: no request of any kind).
  { id: 'fetch', kind: 'network', pattern: /\bfetch\b/g, example: 'await fetch(u)' },
  { id: 'XMLHttpRequest', kind: 'network', pattern: /\bXMLHttpRequest\b/g, example: 'new XMLHttpRequest()' },
  { id: 'WebSocket / EventSource / WebTransport', kind: 'network', pattern: /\b(WebSocket|EventSource|WebTransport)\b/g, example: 'new WebSocket(u)' },
  { id: 'sendBeacon', kind: 'network', pattern: /\bsendBeacon\b/g, example: 'navigator.sendBeacon(u,d)' },
  { id: 'RTCPeerConnection', kind: 'network', pattern: /\bRTC(PeerConnection|DataChannel)\b/g, example: 'new RTCPeerConnection()' },
  { id: 'workers', kind: 'network', pattern: /\b(Shared)?Worker\s*\(|\bimportScripts\b/g, example: 'new Worker(u)' },
  { id: 'dynamic import', kind: 'network', pattern: /\bimport\s*\(/g, example: 'import("./x.js")' },
  { id: 'new Image / new Audio', kind: 'network', pattern: /\bnew\s+(Image|Audio)\b/g, example: 'new Image()' },
  { id: '.src assignment', kind: 'network', pattern: /\.src(set)?\s*=[^=]/g, example: 'img.src=u' },
  { id: 'CSS url() / @import / @font-face', kind: 'network', pattern: /\burl\(|@import\b|@font-face\b/g, example: 'background:url(x.png)' },
  { id: 'window.open', kind: 'network', pattern: /\bwindow\.open\b/g, example: 'window.open(u)' },
  { id: 'postMessage / BroadcastChannel / MessageChannel', kind: 'network', pattern: /\b(postMessage|BroadcastChannel|MessageChannel)\b/g, example: 'parent.postMessage(d,"*")' },
  { id: 'absolute URL', kind: 'network', pattern: /\b(https?|wss?|ftp):\/\/[^\s"'`)\\]+/g, example: '"https://cdn.example/x.js"' },
  { id: 'navigation', kind: 'network', pattern: /\blocation\.(assign|replace)\b|\blocation(\.href)?\s*=[^=]/g, example: 'location.href=u' },
  // Storage (SPEC §1.2: nothing stays on the device).
  { id: 'localStorage / sessionStorage', kind: 'storage', pattern: /\b(localStorage|sessionStorage)\b/g, example: 'localStorage.setItem(k,v)' },
  { id: 'indexedDB', kind: 'storage', pattern: /\bindexedDB\b/g, example: 'indexedDB.open("x")' },
  { id: 'Cache Storage', kind: 'storage', pattern: /\bcaches\b/g, example: 'caches.open("x")' },
  { id: 'cookies', kind: 'storage', pattern: /\bcookie(Store)?\b/g, example: 'document.cookie="a=b"' },
  { id: 'service worker', kind: 'storage', pattern: /\bserviceWorker\b/g, example: 'navigator.serviceWorker.register(u)' },
  { id: 'storage manager / OPFS', kind: 'storage', pattern: /\bnavigator\.storage\b|\bgetDirectory\b/g, example: 'navigator.storage.getDirectory()' },
  { id: 'history state', kind: 'storage', pattern: /\b(pushState|replaceState)\b/g, example: 'history.pushState(d,"")' },
  // Eval (SPEC §1.3: script-src 'self', no eval).
  { id: 'eval', kind: 'eval', pattern: /\beval\b|\bexecScript\b/g, example: 'eval(s)' },
  { id: 'Function constructor', kind: 'eval', pattern: /\bFunction\s*\(/g, example: 'new Function("return 1")' },
  { id: 'string timer', kind: 'eval', pattern: /\bset(Timeout|Interval)\s*\(\s*["'`]/g, example: 'setTimeout("go()",1)' },
  // HTML injection sinks (SPEC §1.3: Trusted Types; host text is rendered as text).
  { id: 'innerHTML / outerHTML', kind: 'markup', pattern: /\b(inner|outer)HTML\b/g, example: 'el.innerHTML=s' },
  { id: 'other HTML sinks', kind: 'markup', pattern: /\b(insertAdjacentHTML|createContextualFragment|setHTMLUnsafe|parseHTMLUnsafe|DOMParser|srcdoc)\b|\bdocument\.write(ln)?\b/g, example: 'el.insertAdjacentHTML("beforeend",s)' },
  { id: 'unsafeHTML / unsafeSVG', kind: 'markup', pattern: /\bunsafe(HTML|SVG|MathML)\b/g, example: 'directiveName="unsafeHTML"' },
  // Inline styles (SPEC §1.3: style-src 'self'; styles only through adopted stylesheets).
  { id: 'style attribute', kind: 'style', pattern: /\sstyle\s*=\s*["'$]|setAttribute\(\s*["'`]style["'`]|\bstyleMap\b/g, example: '<div style="color:red">' },
  { id: '<style> element', kind: 'style', pattern: /<style\b|createElement\(\s*["'`]style["'`]\s*\)/g, example: 'document.createElement("style")' },
];

/** The crisis directory's links (sources, chat pages, the international directory), shown as links, never fetched. */
function directoryUrls() {
  const source = readFileSync('dist/content/crisis-directory.js', 'utf8');
  return new Set(source.match(/https:\/\/[^\s"'`)\\]+/g) ?? []);
}

/** The two drop-in files (module and classic script): the same code, Lit bundled in. */
const DROP_IN = /^dist\/calmkit(\.classic)?\.min\.js$/;

/**
 * Each allowed use: the rule, the files, the exact code around the token, and at most how many.
 * `contains` is a regular expression matched against the file; a finding is allowed only when
 * it lies inside one of its matches.
 */
const allowances = [
  {
    rule: 'innerHTML / outerHTML',
    files: DROP_IN,
    contains: /createElement\("template"\);return (\w+)\.innerHTML=\w+,\1\}/g,
    max: 1,
    why: "lit-html parses each template's own static markup once, into a <template>, through its Trusted Types policy 'lit-html' (the policy the CSP names); host values never reach it.",
  },
  {
    rule: '<style> element',
    files: DROP_IN,
    contains: /for\(const \w+ of \w+\)\{const \w+=document\.createElement\("style"\),\w+=\w+\.litNonce;/g,
    max: 1,
    why: "Lit's fallback for browsers without constructable stylesheets (adoptedStyleSheets); every browser calmkit supports has them, so it never runs.",
  },
  {
    rule: 'navigation',
    files: /^dist\/(calmkit(\.classic)?\.min\.js|elements\/quick-exit\/calm-quick-exit\.js)$/,
    contains: /leave\s*=\s*\(?\w+\)?\s*=>\s*window\.location\.replace\(\w+\)/g,
    max: 1,
    why: '<calm-quick-exit> leaves the page with location.replace(href), so Back does not return (SPEC §3); that is its purpose.',
  },
  {
    rule: 'absolute URL',
    files: /^dist\/(calmkit(\.classic)?\.min\.js|content\/crisis-directory\.js)$/,
    urls: directoryUrls,
    why: "the crisis directory's https: links (a source for each entry, chat pages, the international directory); shown to the person as links, never requested.",
  },
];

function selfTest() {
  const broken = rules.filter((rule) => {
    rule.pattern.lastIndex = 0;
    return !rule.pattern.test(rule.example);
  });
  if (broken.length) {
    console.error(`scan-dist: these rules no longer catch their own example: ${broken.map((r) => r.id).join(', ')}`);
    process.exit(1);
  }
}

function jsFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return jsFiles(path);
    return /\.m?js$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

function position(text, index) {
  const before = text.slice(0, index);
  const line = before.split('\n').length;
  return `${line}:${index - before.lastIndexOf('\n')}`;
}

selfTest();
const files = jsFiles('dist').map((path) => relative('.', path).split('\\').join('/'));
if (!files.includes('dist/calmkit.min.js')) {
  console.error('scan-dist: dist/calmkit.min.js is missing; run `node scripts/build.mjs` first.');
  process.exit(1);
}

const findings = [];
const used = new Map(allowances.map((a) => [a, 0]));
for (const file of files) {
  const usedHere = new Map();
  const text = readFileSync(file, 'utf8');
  const applicable = allowances.filter((a) => a.files.test(file));
  const ranges = new Map();
  for (const allowance of applicable.filter((a) => a.contains)) {
    allowance.contains.lastIndex = 0;
    ranges.set(allowance, [...text.matchAll(allowance.contains)].map((m) => [m.index, m.index + m[0].length]));
  }
  for (const rule of rules) {
    rule.pattern.lastIndex = 0;
    for (const match of text.matchAll(rule.pattern)) {
      const allowance = applicable.find((a) => {
        if (a.rule !== rule.id) return false;
        if (a.urls) return a.urls().has(match[0]);
        return ranges.get(a).some(([start, end]) => match.index >= start && match.index < end);
      });
      if (allowance) {
        used.set(allowance, used.get(allowance) + 1);
        usedHere.set(allowance, (usedHere.get(allowance) ?? 0) + 1);
        continue;
      }
      findings.push(`${file}:${position(text, match.index)}  ${rule.kind}: ${rule.id}  …${text.slice(Math.max(0, match.index - 50), match.index + 50).replace(/\s+/g, ' ')}…`);
    }
  }
  // More uses than documented means the same code was copied somewhere: also a finding.
  for (const [allowance, count] of usedHere) {
    if (allowance.max !== undefined && count > allowance.max) findings.push(`${file}: ${allowance.rule} used ${count} times; allowed ${allowance.max}`);
  }
}

console.log(`scan-dist: ${files.length} files, ${rules.length} rules (network, storage, eval, HTML sinks, inline styles)`);
for (const allowance of allowances) console.log(`  allowed ${String(used.get(allowance)).padStart(3)}× ${allowance.rule}: ${allowance.why}`);
for (const finding of findings) console.log(`FAIL ${finding}`);
console.log(`scan-dist: ${findings.length === 0 ? 'clean' : `${findings.length} finding(s)`}`);
process.exit(findings.length > 0 ? 1 : 0);
