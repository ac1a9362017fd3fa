/**
 * A small, safe formula language for columns computed from other columns, e.g.
 * `total_cost / (pass_rate_2 / 100)` or `max("Price [$/1000 examples]", 0.5) * 2^-k`.
 *
 * Parsed by hand (recursive descent) into an AST and evaluated by walking it: there is no `eval`, no
 * `new Function`, and no property lookup on any object — functions live in a `Map`, columns are looked
 * up in the `ReadonlyMap` the caller passes. A name like `constructor`, `__proto__` or `toString` is an
 * ordinary identifier that is an unknown column (or, before '(', an unknown function).
 *
 * Grammar (lowest precedence first; `^` binds tighter than unary minus, so `-2^2` is −4, and it
 * associates to the right, so `2^3^2` is 2^9):
 *
 *   expression := term (('+' | '-') term)*
 *   term       := unary (('*' | '/') unary)*
 *   unary      := ('-' | '+') unary | power
 *   power      := primary ('^' unary)?
 *   primary    := number | column | function '(' expression (',' expression)* ')' | '(' expression ')'
 *   number     := 12 | 1.5 | .5 | 1. | 1e-3 | 2.5E+4
 *   column     := [A-Za-z_][A-Za-z0-9_]*  |  "any text"  |  `any text`
 *
 * Inside quotes a backslash takes the next character literally: `"say \"hi\""`, `"a\\b"`.
 * Functions: min(a, b, ...), max(a, b, ...) (one or more arguments), log (natural), log10, log2, exp,
 * sqrt, abs (one argument each). Whitespace is free between tokens.
 *
 * Every error is an `ExpressionError` whose `position` (0-based offset into the source, in UTF-16 code
 * units) and `length` point at the offending text.
 *
 * Nothing here recurses once per binary operator: a flat chain like `1-1-1-…` is read by a loop and
 * evaluated from a postfix program with an explicit stack, so its length costs no call depth. Nesting
 * that the grammar does read recursively (parentheses, signs, powers, calls) is counted against
 * MAX_EXPRESSION_DEPTH, and the whole formula is capped at MAX_EXPRESSION_LENGTH characters.
 */
import { CoreInputError } from './errors';

/** The functions a formula may call. */
export type FunctionName = 'min' | 'max' | 'log' | 'log10' | 'log2' | 'exp' | 'sqrt' | 'abs';

export type BinaryOperator = '+' | '-' | '*' | '/' | '^';

interface Span {
  /** Offset of the node's first character in the source. */
  position: number;
  /** Number of source characters the node covers. */
  length: number;
}

/** A parsed formula. Plain data: safe to keep, compare and serialize. */
export type Expr =
  | ({ kind: 'number'; value: number } & Span)
  | ({ kind: 'column'; name: string } & Span)
  | ({ kind: 'unary'; op: '-' | '+'; arg: Expr } & Span)
  | ({ kind: 'binary'; op: BinaryOperator; left: Expr; right: Expr } & Span)
  | ({ kind: 'call'; fn: FunctionName; args: Expr[] } & Span);

/** A formula that cannot be read or evaluated; `position` and `length` locate the problem in the source. */
export class ExpressionError extends Error {
  readonly position: number;
  readonly length: number;
  constructor(message: string, position: number, length: number) {
    super(message);
    this.name = 'ExpressionError';
    this.position = position;
    this.length = length;
  }
}

const UNARY_FUNCTIONS = new Map<string, (x: number) => number>([
  ['log', Math.log],
  ['log10', Math.log10],
  ['log2', Math.log2],
  ['exp', Math.exp],
  ['sqrt', Math.sqrt],
  ['abs', Math.abs],
]);
const VARIADIC_FUNCTIONS = new Map<string, (a: number, b: number) => number>([
  ['min', Math.min],
  ['max', Math.max],
]);

/** Names of the functions a formula may call, for help texts and autocompletion. */
export const EXPRESSION_FUNCTIONS: readonly FunctionName[] = ['min', 'max', 'log', 'log10', 'log2', 'exp', 'sqrt', 'abs'];

/**
 * Nesting deeper than this (parentheses, unary signs, powers, calls) is refused, so a hostile or
 * accidental formula cannot overflow the stack of the parser or the evaluator.
 */
export const MAX_EXPRESSION_DEPTH = 200;

/**
 * The longest formula accepted, in characters (UTF-16 code units). Longer text is refused before it is
 * read, so a hostile link or bundle cannot make the parser, the evaluator or a message grow with it.
 */
export const MAX_EXPRESSION_LENGTH = 2000;

const count = (n: number): string => n.toLocaleString('en-US');

const IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * How to write a column name in a formula: bare when it is a plain identifier, else in double quotes
 * with `"` and `\` escaped by a backslash. `parseExpression(quoteColumnName(k))` is a reference to `k`.
 */
export function quoteColumnName(name: string): string {
  return IDENT.test(name) ? name : `"${name.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

// ---- tokens -------------------------------------------------------------------------------------

type Token =
  | { type: 'number'; value: number; position: number; length: number }
  | { type: 'ident'; name: string; position: number; length: number }
  | { type: 'quoted'; name: string; position: number; length: number }
  | { type: 'punct'; char: '+' | '-' | '*' | '/' | '^' | '(' | ')' | ','; position: number; length: number }
  | { type: 'end'; position: number; length: 0 };

const PUNCT = new Set(['+', '-', '*', '/', '^', '(', ')', ',']);
const isDigit = (c: string) => c >= '0' && c <= '9';
const isIdentStart = (c: string) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_';
const isIdentPart = (c: string) => isIdentStart(c) || isDigit(c);
const isSpace = (c: string) => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\u00a0';

/** Shows a character in a message: printable as is, others as a code point. */
function show(c: string): string {
  const code = c.codePointAt(0) ?? 0;
  return code < 0x20 || code === 0x7f || (code >= 0xd800 && code <= 0xdfff) ? `U+${code.toString(16).toUpperCase().padStart(4, '0')}` : `'${c}'`;
}

function tokenize(src: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (isSpace(c)) {
      i++;
      continue;
    }
    const start = i;
    if (isDigit(c) || (c === '.' && i + 1 < src.length && isDigit(src[i + 1]))) {
      while (i < src.length && isDigit(src[i])) i++;
      if (src[i] === '.') {
        i++;
        while (i < src.length && isDigit(src[i])) i++;
      }
      if (src[i] === 'e' || src[i] === 'E') {
        const e = i;
        i++;
        if (src[i] === '+' || src[i] === '-') i++;
        if (!(i < src.length && isDigit(src[i]))) {
          throw new ExpressionError(`Expected digits after the exponent '${src.slice(e, i)}' at position ${i}`, e, i - e);
        }
        while (i < src.length && isDigit(src[i])) i++;
      }
      if (i < src.length && (isIdentPart(src[i]) || src[i] === '.')) {
        let j = i;
        while (j < src.length && (isIdentPart(src[j]) || src[j] === '.')) j++;
        throw new ExpressionError(`Malformed number '${src.slice(start, j)}' at position ${start}`, start, j - start);
      }
      tokens.push({ type: 'number', value: Number(src.slice(start, i)), position: start, length: i - start });
    } else if (isIdentStart(c)) {
      while (i < src.length && isIdentPart(src[i])) i++;
      tokens.push({ type: 'ident', name: src.slice(start, i), position: start, length: i - start });
    } else if (c === '"' || c === '`') {
      i++;
      let name = '';
      for (;;) {
        if (i >= src.length) {
          throw new ExpressionError(`Unterminated quoted column name starting at position ${start} (expected a closing ${c})`, start, i - start);
        }
        const ch = src[i];
        if (ch === '\\' && i + 1 < src.length) {
          name += src[i + 1];
          i += 2;
        } else if (ch === c) {
          i++;
          break;
        } else {
          name += ch;
          i++;
        }
      }
      tokens.push({ type: 'quoted', name, position: start, length: i - start });
    } else if (PUNCT.has(c)) {
      tokens.push({ type: 'punct', char: c as '+', position: start, length: 1 });
      i++;
    } else {
      const ch = String.fromCodePoint(src.codePointAt(i) ?? 0);
      const hint = c === "'" ? ' (quote column names with " or `)' : '';
      throw new ExpressionError(`Unexpected character ${show(ch)} at position ${i}${hint}`, i, ch.length);
    }
  }
  tokens.push({ type: 'end', position: src.length, length: 0 });
  return tokens;
}

// ---- suggestions --------------------------------------------------------------------------------

/** Levenshtein distance, capped: returns `cap + 1` as soon as it must exceed `cap`. */
function editDistance(a: string, b: string, cap: number): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > cap) return cap + 1;
    prev = cur;
  }
  return prev[b.length];
}

/** The closest known name to a misspelt `name`, if one is close enough to be a plausible typo. */
export function closestName(name: string, known: Iterable<string>): string | undefined {
  const lower = name.toLowerCase();
  const cap = Math.max(1, Math.floor(name.length / 3));
  let best: string | undefined;
  let bestDistance = cap + 1;
  for (const k of known) {
    const d = k.toLowerCase() === lower ? 0 : editDistance(lower, k.toLowerCase(), cap);
    if (d < bestDistance) {
      best = k;
      bestDistance = d;
    }
  }
  return best;
}

function unknownColumn(node: { name: string; position: number; length: number }, known: Iterable<string>): ExpressionError {
  const guess = closestName(node.name, known);
  const hint = guess === undefined ? '' : ` (did you mean ${quoteForMessage(guess)}?)`;
  return new ExpressionError(`Unknown column ${quoteForMessage(node.name)} at position ${node.position}${hint}`, node.position, node.length);
}

const quoteForMessage = (name: string) => `'${name}'`;

// ---- parser -------------------------------------------------------------------------------------

function describeToken(t: Token): string {
  switch (t.type) {
    case 'end':
      return 'the end of the formula';
    case 'number':
      return `number ${String(t.value)}`;
    case 'ident':
      return `'${t.name}'`;
    case 'quoted':
      return `column ${quoteForMessage(t.name)}`;
    case 'punct':
      return `'${t.char}'`;
  }
}

class Parser {
  private i = 0;
  private depth = 0;
  constructor(private readonly tokens: Token[]) {}

  private peek(): Token {
    return this.tokens[this.i];
  }

  private isPunct(char: string): boolean {
    const t = this.tokens[this.i];
    return t.type === 'punct' && t.char === char;
  }

  private enter(at: Token): void {
    if (++this.depth > MAX_EXPRESSION_DEPTH) {
      throw new ExpressionError(`Formula nested too deeply at position ${at.position} (at most ${MAX_EXPRESSION_DEPTH} levels)`, at.position, Math.max(1, at.length));
    }
  }

  parseAll(): Expr {
    if (this.peek().type === 'end') throw new ExpressionError('The formula is empty', 0, 0);
    const e = this.expression();
    const t = this.peek();
    if (t.type !== 'end') {
      const expected = t.type === 'punct' && t.char === ')' ? "no ')' here (there is no '(' to close)" : 'an operator or the end of the formula';
      throw new ExpressionError(`Unexpected ${describeToken(t)} at position ${t.position}: expected ${expected}`, t.position, t.length);
    }
    return e;
  }

  private expression(): Expr {
    let left = this.term();
    while (this.isPunct('+') || this.isPunct('-')) {
      const op = (this.tokens[this.i++] as { char: '+' | '-' }).char;
      const right = this.term();
      left = binary(op, left, right);
    }
    return left;
  }

  private term(): Expr {
    let left = this.unary();
    while (this.isPunct('*') || this.isPunct('/')) {
      const op = (this.tokens[this.i++] as { char: '*' | '/' }).char;
      const right = this.unary();
      left = binary(op, left, right);
    }
    return left;
  }

  private unary(): Expr {
    const t = this.peek();
    if (t.type === 'punct' && (t.char === '-' || t.char === '+')) {
      this.enter(t);
      this.i++;
      const arg = this.unary();
      this.depth--;
      return { kind: 'unary', op: t.char, arg, position: t.position, length: arg.position + arg.length - t.position };
    }
    return this.power();
  }

  private power(): Expr {
    const base = this.primary();
    if (!this.isPunct('^')) return base;
    const caret = this.tokens[this.i++];
    this.enter(caret);
    const exponent = this.unary();
    this.depth--;
    return binary('^', base, exponent);
  }

  private primary(): Expr {
    const t = this.peek();
    switch (t.type) {
      case 'number':
        this.i++;
        return { kind: 'number', value: t.value, position: t.position, length: t.length };
      case 'quoted':
        this.i++;
        return { kind: 'column', name: t.name, position: t.position, length: t.length };
      case 'ident': {
        this.i++;
        if (!this.isPunct('(')) return { kind: 'column', name: t.name, position: t.position, length: t.length };
        return this.call(t);
      }
      case 'punct':
        if (t.char === '(') {
          this.enter(t);
          this.i++;
          const inner = this.expression();
          const close = this.peek();
          if (!(close.type === 'punct' && close.char === ')')) {
            throw new ExpressionError(`Expected ')' at position ${close.position} (to close the '(' at position ${t.position})`, close.position, close.length);
          }
          this.i++;
          this.depth--;
          return inner;
        }
        throw new ExpressionError(`Expected a number, a column or '(' at position ${t.position}, found ${describeToken(t)}`, t.position, t.length);
      case 'end':
        throw new ExpressionError(`Unexpected end of the formula at position ${t.position}: expected a number, a column or '('`, t.position, 0);
    }
  }

  private call(name: Extract<Token, { type: 'ident' }>): Expr {
    const fn = name.name;
    if (!UNARY_FUNCTIONS.has(fn) && !VARIADIC_FUNCTIONS.has(fn)) {
      const guess = closestName(fn, EXPRESSION_FUNCTIONS);
      const hint = guess === undefined ? ` (functions: ${EXPRESSION_FUNCTIONS.join(', ')})` : ` (did you mean '${guess}'?)`;
      throw new ExpressionError(`Unknown function '${fn}' at position ${name.position}${hint}`, name.position, name.length);
    }
    const open = this.tokens[this.i++];
    this.enter(open);
    const args: Expr[] = [];
    if (this.isPunct(')')) {
      const close = this.peek();
      throw new ExpressionError(`${fn}() needs ${VARIADIC_FUNCTIONS.has(fn) ? 'at least one argument' : 'one argument'} at position ${close.position}`, name.position, close.position + 1 - name.position);
    }
    for (;;) {
      args.push(this.expression());
      const t = this.peek();
      if (t.type === 'punct' && t.char === ',') {
        this.i++;
        continue;
      }
      if (t.type === 'punct' && t.char === ')') {
        this.i++;
        break;
      }
      throw new ExpressionError(`Expected ',' or ')' at position ${t.position} in the call to ${fn}()`, t.position, t.length);
    }
    this.depth--;
    const end = this.tokens[this.i - 1];
    if (UNARY_FUNCTIONS.has(fn) && args.length !== 1) {
      throw new ExpressionError(`${fn}() takes one argument, got ${args.length}, at position ${name.position}`, name.position, end.position + 1 - name.position);
    }
    return { kind: 'call', fn: fn as FunctionName, args, position: name.position, length: end.position + 1 - name.position };
  }
}

function binary(op: BinaryOperator, left: Expr, right: Expr): Expr {
  return { kind: 'binary', op, left, right, position: left.position, length: right.position + right.length - left.position };
}

export interface ParseOptions {
  /**
   * The columns a formula may reference. When given, a reference to any other name is an error at
   * parse time (with a "did you mean" for a near miss); when absent, any name parses.
   */
  columns?: Iterable<string> | ReadonlyMap<string, unknown>;
}

/**
 * Parses a formula into its AST. Never evaluates anything.
 * @throws ExpressionError (and nothing else) when the text is not a formula, is longer than
 *   MAX_EXPRESSION_LENGTH, nests deeper than MAX_EXPRESSION_DEPTH, calls an unknown function, or — with
 *   `options.columns` — references an unknown column.
 */
export function parseExpression(src: string, options: ParseOptions = {}): Expr {
  if (typeof src !== 'string') throw new ExpressionError('The formula must be text', 0, 0);
  if (src.length > MAX_EXPRESSION_LENGTH) {
    throw new ExpressionError(
      `A formula can be at most ${count(MAX_EXPRESSION_LENGTH)} characters (this one has ${count(src.length)})`,
      MAX_EXPRESSION_LENGTH,
      src.length - MAX_EXPRESSION_LENGTH,
    );
  }
  const expr = new Parser(tokenize(src)).parseAll();
  if (options.columns !== undefined) {
    const given = options.columns;
    const known: ReadonlySet<string> | ReadonlyMap<string, unknown> =
      given instanceof Set || given instanceof Map ? given : new Set(given as Iterable<string>);
    const missing = firstUnknownColumn(expr, known);
    if (missing) throw unknownColumn(missing, known.keys());
  }
  return expr;
}

function firstUnknownColumn(expr: Expr, known: ReadonlySet<string> | ReadonlyMap<string, unknown>): Extract<Expr, { kind: 'column' }> | null {
  let found: Extract<Expr, { kind: 'column' }> | null = null;
  walk(expr, (node) => {
    if (found === null && node.kind === 'column' && !known.has(node.name)) found = node;
  });
  return found;
}

function walk(expr: Expr, visit: (node: Expr) => void): void {
  // Iterative, so a formula near the depth limit costs no deep recursion here either.
  const stack: Expr[] = [expr];
  while (stack.length > 0) {
    const node = stack.pop()!;
    visit(node);
    if (node.kind === 'unary') stack.push(node.arg);
    else if (node.kind === 'binary') stack.push(node.right, node.left);
    else if (node.kind === 'call') for (let k = node.args.length - 1; k >= 0; k--) stack.push(node.args[k]);
  }
}

/** The column names a formula references, each once, in order of first appearance. */
export function columnsOf(expr: Expr): string[] {
  const seen = new Set<string>();
  walk(expr, (node) => {
    if (node.kind === 'column') seen.add(node.name);
  });
  return [...seen];
}

// ---- evaluation ---------------------------------------------------------------------------------

type Value = number | Float64Array;

/** `a ^ b` with missing values kept missing: NaN in, NaN out (JavaScript's `NaN ** 0` would be 1). */
function power(a: number, b: number): number {
  return a !== a || b !== b ? NaN : a ** b;
}

function applyBinary(op: BinaryOperator, a: number, b: number): number {
  switch (op) {
    case '+':
      return a + b;
    case '-':
      return a - b;
    case '*':
      return a * b;
    case '/':
      return a / b;
    case '^':
      return power(a, b);
  }
}

function map1(x: Value, f: (v: number) => number, n: number): Value {
  if (typeof x === 'number') return f(x);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = f(x[i]);
  return out;
}

function map2(a: Value, b: Value, op: BinaryOperator, n: number): Value {
  if (typeof a === 'number' && typeof b === 'number') return applyBinary(op, a, b);
  const out = new Float64Array(n);
  // Specialized loops for the common operators: these run over every row on each formula change.
  if (typeof a !== 'number' && typeof b !== 'number') {
    if (op === '+') for (let i = 0; i < n; i++) out[i] = a[i] + b[i];
    else if (op === '-') for (let i = 0; i < n; i++) out[i] = a[i] - b[i];
    else if (op === '*') for (let i = 0; i < n; i++) out[i] = a[i] * b[i];
    else if (op === '/') for (let i = 0; i < n; i++) out[i] = a[i] / b[i];
    else for (let i = 0; i < n; i++) out[i] = power(a[i], b[i]);
  } else if (typeof a === 'number') {
    const bb = b as Float64Array;
    for (let i = 0; i < n; i++) out[i] = applyBinary(op, a, bb[i]);
  } else {
    const bb = b as number;
    if (op === '/') for (let i = 0; i < n; i++) out[i] = a[i] / bb;
    else if (op === '*') for (let i = 0; i < n; i++) out[i] = a[i] * bb;
    else for (let i = 0; i < n; i++) out[i] = applyBinary(op, a[i], bb);
  }
  return out;
}

/** The nodes of `expr` in post-order (operands before their operator, arguments left to right), without recursion. */
function postfix(expr: Expr): Expr[] {
  const out: Expr[] = [];
  const todo: { node: Expr; expanded: boolean }[] = [{ node: expr, expanded: false }];
  while (todo.length > 0) {
    const item = todo.pop()!;
    const { node } = item;
    if (item.expanded) {
      out.push(node);
      continue;
    }
    todo.push({ node, expanded: true });
    if (node.kind === 'unary') todo.push({ node: node.arg, expanded: false });
    else if (node.kind === 'binary') todo.push({ node: node.right, expanded: false }, { node: node.left, expanded: false });
    else if (node.kind === 'call') for (let k = node.args.length - 1; k >= 0; k--) todo.push({ node: node.args[k], expanded: false });
  }
  return out;
}

/**
 * Evaluates a formula over whole columns at once: one value per row, arithmetic in IEEE doubles.
 * A NaN (missing) input gives NaN in that row, `^` included; division by zero gives ±Infinity (or NaN
 * for 0/0), `log` of 0 is −Infinity and of a negative number NaN, `sqrt` of a negative number NaN.
 * `min`/`max` of a row with a NaN argument are NaN.
 *
 * @throws ExpressionError when the formula references a column that is not in `columns` (with its
 *   position and a "did you mean");
 * @throws CoreInputError when `rowCount` is not a whole number ≥ 0 or a referenced column does not
 *   have `rowCount` values.
 */
export function evaluateExpression(expr: Expr, columns: ReadonlyMap<string, Float64Array>, rowCount: number): Float64Array {
  if (!Number.isInteger(rowCount) || rowCount < 0) throw new CoreInputError(`rowCount is ${String(rowCount)}; expected a whole number ≥ 0`);
  const missing = firstUnknownColumn(expr, columns);
  if (missing) throw unknownColumn(missing, columns.keys());
  for (const name of columnsOf(expr)) {
    const col = columns.get(name)!;
    if (!(col instanceof Float64Array)) throw new CoreInputError(`column '${name}' must be a Float64Array`);
    if (col.length !== rowCount) {
      throw new CoreInputError(`column '${name}' has ${col.length} rows but rowCount is ${rowCount}: the columns must all have the same length`);
    }
  }
  const n = rowCount;
  // A postfix program run on a value stack: the tree may be as deep as the formula is long (a flat
  // chain `a-b-c-…` leans left one level per operator), so the evaluator must not recurse on it.
  const stack: Value[] = [];
  for (const node of postfix(expr)) {
    switch (node.kind) {
      case 'number':
        stack.push(node.value);
        break;
      case 'column':
        stack.push(columns.get(node.name)!);
        break;
      case 'unary':
        if (node.op === '-') stack.push(map1(stack.pop()!, (v) => -v, n));
        break;
      case 'binary': {
        const right = stack.pop()!;
        const left = stack.pop()!;
        stack.push(map2(left, right, node.op, n));
        break;
      }
      case 'call': {
        const args = stack.splice(stack.length - node.args.length, node.args.length);
        const unary = UNARY_FUNCTIONS.get(node.fn);
        if (unary) {
          stack.push(map1(args[0], unary, n));
          break;
        }
        const pair = VARIADIC_FUNCTIONS.get(node.fn)!;
        let acc = args[0];
        for (let k = 1; k < args.length; k++) {
          const next = args[k];
          if (typeof acc === 'number' && typeof next === 'number') acc = pair(acc, next);
          else {
            const out = new Float64Array(n);
            for (let i = 0; i < n; i++) out[i] = pair(typeof acc === 'number' ? acc : acc[i], typeof next === 'number' ? next : next[i]);
            acc = out;
          }
        }
        stack.push(acc);
        break;
      }
    }
  }
  const result = stack.pop()!;
  if (typeof result === 'number') return new Float64Array(n).fill(result);
  // A bare column reference (or +column) evaluates to the input array itself: return a copy.
  for (const c of columns.values()) if (c === result) return Float64Array.from(result);
  return result;
}
