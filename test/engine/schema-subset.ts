/**
 * A tiny checker for the subset of JSON Schema (2020-12) that schema/flow.schema.json uses, so
 * tests can hold the published schema and the runtime validator to the same definitions. It
 * throws on any keyword it does not know, so the schema cannot quietly grow a rule it ignores.
 */
type Schema = Record<string, unknown>;
const ANNOTATIONS = new Set(['$schema', '$id', 'title', 'description']);
const KNOWN = new Set([
  ...ANNOTATIONS,
  '$defs',
  '$ref',
  'type',
  'const',
  'enum',
  'pattern',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'properties',
  'required',
  'additionalProperties',
  'propertyNames',
  'minProperties',
  'maxProperties',
  'dependentRequired',
  'items',
  'minItems',
  'maxItems',
  'uniqueItems',
  'oneOf',
  'not',
]);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/** Paths (`$.steps.a.kind`) where `value` breaks `root`; empty when it conforms. */
export function schemaErrors(root: Schema, value: unknown): string[] {
  const errors: string[] = [];
  const check = (schema: Schema, v: unknown, path: string): void => {
    for (const key of Object.keys(schema)) if (!KNOWN.has(key)) throw new Error(`schema-subset: unknown keyword ${key} at ${path}`);
    if (typeof schema.$ref === 'string') {
      const name = schema.$ref.replace('#/$defs/', '');
      const target = (root.$defs as Record<string, Schema>)[name];
      if (!target) throw new Error(`schema-subset: no $defs/${name}`);
      check(target, v, path);
    }
    const fail = (why: string): void => void errors.push(`${path}: ${why}`);
    if (schema.type !== undefined) {
      const t = typeOf(v);
      if (!(schema.type === t || (schema.type === 'number' && t === 'integer'))) return fail(`type ${t} is not ${JSON.stringify(schema.type)}`);
    }
    if ('const' in schema && v !== schema.const) fail('const');
    if (Array.isArray(schema.enum) && !schema.enum.includes(v)) fail('enum');
    if (typeof v === 'string') {
      if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(v)) fail('pattern');
      // JSON Schema counts code points.
      const length = Array.from(v).length;
      if (typeof schema.minLength === 'number' && length < schema.minLength) fail('minLength');
      if (typeof schema.maxLength === 'number' && length > schema.maxLength) fail('maxLength');
    }
    if (typeof v === 'number') {
      if (typeof schema.minimum === 'number' && v < schema.minimum) fail('minimum');
      if (typeof schema.maximum === 'number' && v > schema.maximum) fail('maximum');
    }
    if (isObject(v)) {
      const keys = Object.keys(v);
      const properties = (schema.properties ?? {}) as Record<string, Schema>;
      for (const key of (schema.required as string[] | undefined) ?? []) if (!keys.includes(key)) fail(`required ${key}`);
      if (typeof schema.minProperties === 'number' && keys.length < schema.minProperties) fail('minProperties');
      if (typeof schema.maxProperties === 'number' && keys.length > schema.maxProperties) fail('maxProperties');
      for (const [key, needs] of Object.entries((schema.dependentRequired ?? {}) as Record<string, string[]>)) {
        if (keys.includes(key)) for (const need of needs) if (!keys.includes(need)) fail(`${key} needs ${need}`);
      }
      for (const key of keys) {
        const at = `${path}.${key}`;
        if (isObject(schema.propertyNames)) check(schema.propertyNames, key, `${at} (name)`);
        if (Object.prototype.hasOwnProperty.call(properties, key)) check(properties[key] as Schema, v[key], at);
        else if (schema.additionalProperties === false) fail(`additional property ${key}`);
        else if (isObject(schema.additionalProperties)) check(schema.additionalProperties, v[key], at);
      }
    }
    if (Array.isArray(v)) {
      if (typeof schema.minItems === 'number' && v.length < schema.minItems) fail('minItems');
      if (typeof schema.maxItems === 'number' && v.length > schema.maxItems) fail('maxItems');
      if (schema.uniqueItems === true && new Set(v.map((item) => JSON.stringify(item))).size !== v.length) fail('uniqueItems');
      if (isObject(schema.items)) v.forEach((item, i) => check(schema.items as Schema, item, `${path}[${i}]`));
    }
    if (Array.isArray(schema.oneOf)) {
      const passing = (schema.oneOf as Schema[]).filter((option) => schemaErrors({ ...option, $defs: root.$defs }, v).length === 0);
      if (passing.length !== 1) fail(`oneOf matched ${passing.length}`);
    }
    if (isObject(schema.not) && schemaErrors({ ...schema.not, $defs: root.$defs }, v).length === 0) fail('not');
  };
  check(root, value, '$');
  return errors;
}
