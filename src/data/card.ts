/**
 * Dataset cards and the catalog (data/index.json): a zod schema for the shape, then cross-field checks
 * the shape cannot express (unique keys, objectives numeric with a sense, defaults naming columns of the
 * right type, joins and derived columns naming real columns). Every problem is a DataError that names
 * the file, the field path, what was found and what was expected.
 */
import * as z from 'zod/mini';
import './zodConfig';
import { DataError, quote } from './errors';
import type { CatalogEntry, ColumnSpec, DatasetCard } from './types';

// zod/mini: functions instead of methods (`z.optional(s)`, `s.check(z.minLength(1))`), so only what is
// used is bundled; the schemas are the same as with classic zod.
const nonEmpty = () => z.string().check(z.minLength(1));

/** A path relative to data/: no leading '/', no '..' segment, no backslash. */
const relativePath = z.string().check(
  z.minLength(1),
  z.refine((p: string) => !p.startsWith('/') && !p.includes('\\') && !p.split('/').includes('..'), {
    message: "expected a path relative to data/ (no leading '/', no '..', no '\\')",
  }),
);

const sense = z.enum(['min', 'max']);

const columnSchema = z.strictObject({
  key: z.string(),
  label: nonEmpty(),
  unit: z.optional(z.string()),
  type: z.enum(['number', 'category', 'text']),
  role: z.enum(['objective', 'group', 'label', 'attribute']),
  sense: z.optional(sense),
  missing: z.optional(z.array(z.string())),
  description: z.optional(z.string()),
  uncertaintyOf: z.optional(z.string()),
  uncertaintyKind: z.optional(z.enum(['se', 'sd', 'variance', 'ci', 'ci_low', 'ci_high'])),
});

const sourceSchema = z.strictObject({
  repository: nonEmpty(),
  path: nonEmpty(),
  commit: nonEmpty(),
  licence: nonEmpty(),
  url: z.optional(z.string()),
  citation: z.optional(z.string()),
  note: z.optional(z.string()),
});

const axisScale = z.enum(['linear', 'log']);

export const cardSchema = z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'expected a lower-case id like "timm-imagenet"' })),
  title: nonEmpty(),
  description: nonEmpty(),
  files: z.array(relativePath).check(z.minLength(1)),
  source: z.array(sourceSchema),
  join: z.optional(
    z.strictObject({
      keys: z
        .array(
          z.strictObject({
            left: z.string(),
            right: z.string(),
            leftTransform: z.optional(z.enum(['strip-after-first-dot'])),
          }),
        )
        .check(z.minLength(1)),
      columns: z.array(z.string()).check(z.minLength(1)),
      onUnmatched: z.optional(z.enum(['keep', 'error'])),
    }),
  ),
  derived: z.optional(
    z.array(
      z.strictObject({
        key: z.string(),
        from: z.string(),
        rule: z.enum(['prefix-before-separator', 'model-family']),
        separators: z.optional(z.string()),
      }),
    ),
  ),
  columns: z.array(columnSchema).check(z.minLength(1)),
  defaults: z.strictObject({
    x: z.string(),
    y: z.string(),
    group: z.optional(z.string()),
    color: z.optional(z.enum(['front', 'rank', 'group'])),
    xScale: z.optional(axisScale),
    yScale: z.optional(axisScale),
  }),
});

export const catalogSchema = z.array(z.strictObject({ id: nonEmpty(), title: nonEmpty(), card: relativePath })).check(z.minLength(1));

// The schemas and the hand-written contracts in types.ts must describe the same objects.
type Equivalent<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const cardMatchesContract: Equivalent<z.infer<typeof cardSchema>, DatasetCard> = true;
const catalogMatchesContract: Equivalent<z.infer<typeof catalogSchema>, CatalogEntry[]> = true;
void cardMatchesContract;
void catalogMatchesContract;

/** Validates a parsed card JSON; `file` names it in errors (e.g. "timm-imagenet/card.json"). */
export function parseCard(json: unknown, file: string): DatasetCard {
  const card: DatasetCard = validate(cardSchema, json, file);
  checkCard(card, file);
  return card;
}

/** Validates a parsed data/index.json. */
export function parseCatalog(json: unknown, file: string): CatalogEntry[] {
  const entries: CatalogEntry[] = validate(catalogSchema, json, file);
  const seen = new Map<string, number>();
  entries.forEach((e, i) => {
    const first = seen.get(e.id);
    if (first !== undefined) {
      throw new DataError({ file, path: `[${i}].id` }, `duplicate id ${quote(e.id)} (also [${first}].id); expected unique ids`);
    }
    seen.set(e.id, i);
  });
  return entries;
}

function validate<T>(schema: z.ZodMiniType<T>, json: unknown, file: string): T {
  const result = schema.safeParse(json, { reportInput: true });
  if (result.success) return result.data;
  const [first, ...rest] = result.error.issues;
  const others = rest.slice(0, 4).map((issue) => `${formatPath(issuePath(issue))}: ${describeIssue(issue)}`);
  if (rest.length > 4) others.push(`and ${rest.length - 4} more`);
  const also = others.length ? `; also ${others.join('; ')}` : '';
  throw new DataError({ file, path: formatPath(issuePath(first)) }, `${describeIssue(first)}${also}`);
}

type Issue = z.core.$ZodIssue;

function issuePath(issue: Issue): PropertyKey[] {
  // An unknown field is reported on its object; point at the field itself.
  if (issue.code === 'unrecognized_keys' && issue.keys.length === 1) return [...issue.path, issue.keys[0]];
  return issue.path;
}

/** `columns[2].sense`, `defaults.x`, `(root)`. */
export function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(root)';
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (typeof seg === 'string' && /^[A-Za-z_$][\w$]*$/.test(seg)) out += out === '' ? seg : `.${seg}`;
    else out += `[${JSON.stringify(String(seg))}]`;
  }
  return out;
}

function found(input: unknown): string {
  if (input === undefined) return 'nothing (the field is missing)';
  if (Array.isArray(input)) return `an array of ${input.length}`;
  if (input === null) return 'null';
  if (typeof input === 'object') return 'an object';
  return quote(input);
}

function describeIssue(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}, found ${found(issue.input)}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => quote(v)).join(', ')}, found ${found(issue.input)}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => quote(k)).join(', ')}; expected only the documented fields`;
    case 'too_small':
      return issue.origin === 'array'
        ? `expected at least ${issue.minimum} item(s), found ${found(issue.input)}`
        : issue.origin === 'string'
          ? `expected a non-empty text, found ${found(issue.input)}`
          : `${issue.message}, found ${found(issue.input)}`;
    default:
      return `${issue.message}, found ${found(issue.input)}`;
  }
}

/** Cross-field checks on a card that already has the right shape. */
function checkCard(card: DatasetCard, file: string): void {
  const fail = (path: string, detail: string): never => {
    throw new DataError({ file, path }, detail);
  };

  const byKey = new Map<string, { spec: ColumnSpec; index: number }>();
  card.columns.forEach((spec, i) => {
    const prev = byKey.get(spec.key);
    if (prev) fail(`columns[${i}].key`, `duplicate key ${quote(spec.key)} (also columns[${prev.index}].key); expected unique column keys`);
    byKey.set(spec.key, { spec, index: i });
  });

  let labelAt = -1;
  card.columns.forEach((spec, i) => {
    if (spec.role === 'objective') {
      if (spec.type !== 'number') {
        fail(`columns[${i}].type`, `objective ${quote(spec.key)} has type ${quote(spec.type)}; expected "number"`);
      }
      if (spec.sense === undefined) {
        fail(`columns[${i}].sense`, `objective ${quote(spec.key)} has no sense; expected "min" or "max"`);
      }
    }
    if (spec.sense !== undefined && spec.type !== 'number') {
      fail(`columns[${i}].sense`, `column ${quote(spec.key)} of type ${quote(spec.type)} has a sense; only numeric columns have one`);
    }
    if (spec.role === 'label') {
      if (labelAt >= 0) fail(`columns[${i}].role`, `a second label column ${quote(spec.key)} (the first is columns[${labelAt}]); expected at most one`);
      labelAt = i;
    }
  });

  const needColumn = (path: string, key: string, types: ColumnSpec['type'][]) => {
    const hit = byKey.get(key);
    if (!hit) fail(path, `found ${quote(key)}, which is not a column of this card; expected one of ${keysOf(card, types)}`);
    else if (!types.includes(hit.spec.type)) {
      fail(path, `column ${quote(key)} has type ${quote(hit.spec.type)}; expected ${types.map((t) => quote(t)).join(' or ')}`);
    }
  };
  needColumn('defaults.x', card.defaults.x, ['number']);
  needColumn('defaults.y', card.defaults.y, ['number']);
  if (card.defaults.group !== undefined) needColumn('defaults.group', card.defaults.group, ['category']);
  if (card.defaults.color === 'group' && card.defaults.group === undefined) {
    fail('defaults.color', 'colour by "group" needs defaults.group; found none');
  }

  const derivedKeys = new Set<string>();
  card.derived?.forEach((d, i) => {
    const spec = byKey.get(d.key)?.spec;
    if (!spec) fail(`derived[${i}].key`, `found ${quote(d.key)}, which has no entry in columns; expected a column spec for every derived column`);
    else if (spec.type !== 'category') fail(`derived[${i}].key`, `derived column ${quote(d.key)} has type ${quote(spec.type)}; expected "category"`);
    if (derivedKeys.has(d.key)) fail(`derived[${i}].key`, `${quote(d.key)} is derived twice; expected one rule per column`);
    if (d.from === d.key) fail(`derived[${i}].from`, `column ${quote(d.key)} cannot be derived from itself`);
    needColumn(`derived[${i}].from`, d.from, ['category', 'text']);
    if (d.rule === 'prefix-before-separator' && !d.separators) {
      fail(`derived[${i}].separators`, 'rule "prefix-before-separator" needs separators, e.g. "_."; found none');
    }
    derivedKeys.add(d.key);
  });

  if (card.join) {
    if (card.files.length < 2) fail('join', `a join needs a second file; files has ${card.files.length}`);
    const joined = new Set(card.join.columns);
    card.join.columns.forEach((key, i) => {
      if (!byKey.has(key)) fail(`join.columns[${i}]`, `found ${quote(key)}, which has no entry in columns; expected a column spec for every joined column`);
      if (derivedKeys.has(key)) fail(`join.columns[${i}]`, `${quote(key)} is also a derived column; expected it to come from one place`);
    });
    card.join.keys.forEach((k, i) => {
      if (!byKey.has(k.left)) fail(`join.keys[${i}].left`, `found ${quote(k.left)}, which is not a column of this card; expected a column of the main file`);
      if (derivedKeys.has(k.left) || joined.has(k.left)) fail(`join.keys[${i}].left`, `${quote(k.left)} is not a column of the main file`);
    });
  }
}

function keysOf(card: DatasetCard, types: ColumnSpec['type'][]): string {
  const keys = card.columns.filter((c) => types.includes(c.type)).map((c) => quote(c.key));
  return keys.length ? keys.join(', ') : '(none)';
}
