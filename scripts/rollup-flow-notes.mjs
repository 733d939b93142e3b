// A rollup plugin for the built-in flows (src/content/flows/*.json): it drops the notes written
// for people who read the files — each `source` (where the wording comes from, never shown) and
// the editor's `$schema` link — so pages do not download them. The flows keep every field the
// validator and the elements read; the files in the repository keep their sources.

const NOTES = new Set(['source', '$schema']);

/** The value with every note removed, at any depth. */
function withoutNotes(value) {
  if (Array.isArray(value)) return value.map(withoutNotes);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).filter(([key]) => !NOTES.has(key)).map(([key, item]) => [key, withoutNotes(item)]));
}

export function flowNotes() {
  return {
    name: 'calmkit-flow-notes',
    transform(code, id) {
      if (!/[\\/]src[\\/]content[\\/]flows[\\/][^\\/]+\.json$/.test(id)) return null;
      return { code: JSON.stringify(withoutNotes(JSON.parse(code))), map: null };
    },
  };
}
