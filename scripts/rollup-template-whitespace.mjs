// A rollup plugin for calmkit's own modules: inside Lit's html``, svg`` and css`` templates it
// folds each line break and the indentation around it into one space, and drops CSS comments
// and the spaces CSS does not need.
// Rendering is unchanged (HTML and CSS treat such whitespace as one space; no template holds a
// <pre>), and people download fewer bytes. Only the static parts change, never an expression.

const TAGS = new Set(['html', 'svg', 'css']);

/** Every node of an ESTree AST, depth first. */
function* nodes(node) {
  if (!node || typeof node.type !== 'string') return;
  yield node;
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) for (const child of value) yield* nodes(child);
    else if (value && typeof value.type === 'string') yield* nodes(value);
  }
}

function folded(raw, tag) {
  if (tag !== 'css') return raw.replace(/\s*\n\s*/g, ' ');
  // CSS also loses the spaces beside { } ; , > and after a colon, a rule's last semicolon and a
  // number's leading zero, none of which it needs (a space before a colon stays: it can be a
  // descendant combinator; calmkit's CSS quotes no such text).
  return raw
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .replace(/([\s:(,])0\.(\d)/g, '$1.$2')
    // calc() multiplies without spaces (only + and - need them); never a universal selector,
    // which no number or var() follows.
    .replace(/([\d)]) \* (?=\.?\d|var\(|calc\()/g, '$1*');
}

export function templateWhitespace() {
  return {
    name: 'calmkit-template-whitespace',
    transform(code, id) {
      if (id.includes('node_modules') || !/\.(ts|js)$/.test(id) || !/(html|svg|css)`/.test(code)) return null;
      const edits = [];
      for (const node of nodes(this.parse(code))) {
        if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier' || !TAGS.has(node.tag.name)) continue;
        for (const quasi of node.quasi.quasis) {
          const raw = code.slice(quasi.start, quasi.end);
          const next = folded(raw, node.tag.name);
          if (next !== raw) edits.push([quasi.start, quasi.end, next]);
        }
      }
      if (edits.length === 0) return null;
      let out = '';
      let at = 0;
      for (const [start, end, text] of edits.sort((a, b) => a[0] - b[0])) {
        out += code.slice(at, start) + text;
        at = end;
      }
      return { code: out + code.slice(at), map: null };
    },
  };
}
