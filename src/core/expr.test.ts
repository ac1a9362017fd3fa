import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CoreInputError } from './errors';
import {
  columnsOf,
  evaluateExpression,
  EXPRESSION_FUNCTIONS,
  ExpressionError,
  MAX_EXPRESSION_DEPTH,
  MAX_EXPRESSION_LENGTH,
  parseExpression,
  quoteColumnName,
  type Expr,
} from './expr';

const NO_COLUMNS = new Map<string, Float64Array>();
/** Value of a formula without columns (evaluated over one row). */
const calc = (src: string): number => evaluateExpression(parseExpression(src), NO_COLUMNS, 1)[0];

/** The AST without positions, as a compact S-expression, to check the tree's shape. */
function shape(e: Expr): string {
  switch (e.kind) {
    case 'number':
      return String(e.value);
    case 'column':
      return `$${e.name}`;
    case 'unary':
      return `(${e.op === '-' ? 'neg' : 'pos'} ${shape(e.arg)})`;
    case 'binary':
      return `(${e.op} ${shape(e.left)} ${shape(e.right)})`;
    case 'call':
      return `(${e.fn} ${e.args.map(shape).join(' ')})`;
  }
}

function errorOf(src: string, columns?: string[]): ExpressionError {
  try {
    parseExpression(src, columns ? { columns } : {});
  } catch (e) {
    expect(e).toBeInstanceOf(ExpressionError);
    return e as ExpressionError;
  }
  throw new Error(`expected '${src}' to fail`);
}

describe('parseExpression: precedence and associativity', () => {
  const cases: [string, string][] = [
    ['1 + 2 * 3', '(+ 1 (* 2 3))'],
    ['(1 + 2) * 3', '(* (+ 1 2) 3)'],
    ['8 / 4 / 2', '(/ (/ 8 4) 2)'],
    ['8 - 4 - 2', '(- (- 8 4) 2)'],
    ['2 ^ 3 ^ 2', '(^ 2 (^ 3 2))'],
    ['-2 ^ 2', '(neg (^ 2 2))'],
    ['2 ^ -1', '(^ 2 (neg 1))'],
    ['-a * b', '(* (neg $a) $b)'],
    ['a - -b', '(- $a (neg $b))'],
    ['+a', '(pos $a)'],
    ['2 * 3 ^ 2', '(* 2 (^ 3 2))'],
    ['a / b ^ 2 * c', '(* (/ $a (^ $b 2)) $c)'],
    ['min(a, b, 1) + max(c)', '(+ (min $a $b 1) (max $c))'],
    ['log(x) + log10(x) * log2(x)', '(+ (log $x) (* (log10 $x) (log2 $x)))'],
    ['exp(sqrt(abs(-x)))', '(exp (sqrt (abs (neg $x))))'],
    ['"Price [$/1000 examples]" * `a b`', '(* $Price [$/1000 examples] $a b)'],
    ['"say \\"hi\\"" + `back\\`tick` + "a\\\\b"', '(+ (+ $say "hi" $back`tick) $a\\b)'],
    ['.5 + 1. + 1e-3 + 2.5E+4 + 007', '(+ (+ (+ (+ 0.5 1) 0.001) 25000) 7)'],
    ['log', '$log'],
    ['total_cost / (pass_rate_2 / 100)', '(/ $total_cost (/ $pass_rate_2 100))'],
  ];
  for (const [src, tree] of cases) {
    it(`reads ${src}`, () => expect(shape(parseExpression(src))).toBe(tree));
  }

  it('evaluates like ordinary arithmetic', () => {
    expect(calc('1 + 2 * 3')).toBe(7);
    expect(calc('2 ^ 3 ^ 2')).toBe(512);
    expect(calc('-2 ^ 2')).toBe(-4);
    expect(calc('(-2) ^ 2')).toBe(4);
    expect(calc('2 ^ -1')).toBe(0.5);
    expect(calc('8 / 4 / 2')).toBe(1);
    expect(calc('10 - 4 - 3')).toBe(3);
    expect(calc('- - 3')).toBe(3);
    expect(calc('min(3, 1, 2) + max(3, 1, 2)')).toBe(4);
    expect(calc('log(exp(2))')).toBeCloseTo(2, 15);
    expect(calc('log10(1000) + log2(8) + sqrt(16) + abs(-5)')).toBe(3 + 3 + 4 + 5);
  });

  it('records where each node sits in the source', () => {
    const e = parseExpression('  a +  min( b , 2 )');
    expect(e).toMatchObject({ kind: 'binary', position: 2, length: 17 });
    if (e.kind !== 'binary' || e.right.kind !== 'call') throw new Error('shape');
    expect(e.right).toMatchObject({ position: 7, length: 12 });
    expect(e.right.args[0]).toMatchObject({ kind: 'column', name: 'b', position: 12, length: 1 });
  });
});

describe('parseExpression: errors point at the problem', () => {
  const cases: [string, string, number, number][] = [
    ['(total_cost / 2', "Expected ')' at position 15 (to close the '(' at position 0)", 15, 0],
    ['a +', "Unexpected end of the formula at position 3: expected a number, a column or '('", 3, 0],
    ['a b', "Unexpected 'b' at position 2: expected an operator or the end of the formula", 2, 1],
    ['a)', "Unexpected ')' at position 1: expected no ')' here (there is no '(' to close)", 1, 1],
    ['* 2', "Expected a number, a column or '(' at position 0, found '*'", 0, 1],
    ['', 'The formula is empty', 0, 0],
    ['   ', 'The formula is empty', 0, 0],
    ['a % b', "Unexpected character '%' at position 2", 2, 1],
    ["'a b'", `Unexpected character ''' at position 0 (quote column names with " or \`)`, 0, 1],
    ['"a b', 'Unterminated quoted column name starting at position 0 (expected a closing ")', 0, 4],
    ['1e+', "Expected digits after the exponent 'e+' at position 3", 1, 2],
    ['1.2.3', "Malformed number '1.2.3' at position 0", 0, 5],
    ['12abc', "Malformed number '12abc' at position 0", 0, 5],
    ['foo(1)', "Unknown function 'foo' at position 0 (functions: min, max, log, log10, log2, exp, sqrt, abs)", 0, 3],
    ['LOG(x)', "Unknown function 'LOG' at position 0 (did you mean 'log'?)", 0, 3],
    ['1 + sqr(x)', "Unknown function 'sqr' at position 4 (did you mean 'sqrt'?)", 4, 3],
    ['log(a, b)', 'log() takes one argument, got 2, at position 0', 0, 9],
    ['min()', 'min() needs at least one argument at position 4', 0, 5],
    ['sqrt()', 'sqrt() needs one argument at position 5', 0, 6],
    ['min(a b)', "Expected ',' or ')' at position 6 in the call to min()", 6, 1],
    ['min(a,', "Unexpected end of the formula at position 6: expected a number, a column or '('", 6, 0],
    ['a \u0001', 'Unexpected character U+0001 at position 2', 2, 1],
  ];
  for (const [src, message, position, length] of cases) {
    it(`explains ${JSON.stringify(src)}`, () => {
      const e = errorOf(src);
      expect(e.message).toBe(message);
      expect(e.name).toBe('ExpressionError');
      expect(e).toBeInstanceOf(Error);
      expect([e.position, e.length]).toEqual([position, length]);
    });
  }

  it('names unknown columns with a near miss when the columns are known', () => {
    const e = errorOf('totl_cost / 2', ['total_cost', 'pass_rate_2']);
    expect(e.message).toBe("Unknown column 'totl_cost' at position 0 (did you mean 'total_cost'?)");
    expect([e.position, e.length]).toEqual([0, 9]);
    const q = errorOf('1 + "Price [$/1000 exmples]"', ['Price [$/1000 examples]']);
    expect(q.message).toBe("Unknown column 'Price [$/1000 exmples]' at position 4 (did you mean 'Price [$/1000 examples]'?)");
    expect([q.position, q.length]).toEqual([4, 24]);
    expect(errorOf('zzz', ['total_cost']).message).toBe("Unknown column 'zzz' at position 0");
    expect(errorOf('Cost', ['cost']).message).toBe("Unknown column 'Cost' at position 0 (did you mean 'cost'?)");
    expect(parseExpression('total_cost', { columns: new Map([['total_cost', 1]]) }).kind).toBe('column');
  });

  it('refuses nesting deeper than the limit instead of overflowing the stack', () => {
    const deep = `${'('.repeat(MAX_EXPRESSION_DEPTH + 5)}1${')'.repeat(MAX_EXPRESSION_DEPTH + 5)}`;
    expect(errorOf(deep).message).toMatch(/^Formula nested too deeply at position \d+/);
    expect(errorOf(`${'-'.repeat(MAX_EXPRESSION_DEPTH + 1)}1`).message).toMatch(/nested too deeply/);
    expect(errorOf(`${'2^'.repeat(MAX_EXPRESSION_DEPTH + 1)}2`).message).toMatch(/nested too deeply/);
    expect(errorOf(`${'min('.repeat(MAX_EXPRESSION_DEPTH + 1)}1`).message).toMatch(/nested too deeply/);
    expect(errorOf(`${'-('.repeat(MAX_EXPRESSION_DEPTH)}1`).message).toMatch(/nested too deeply/);
    const ok = `${'('.repeat(MAX_EXPRESSION_DEPTH - 1)}1${')'.repeat(MAX_EXPRESSION_DEPTH - 1)}`;
    expect(calc(ok)).toBe(1);
  });
});

describe('long formulas', () => {
  const chain = (terms: number) => Array.from({ length: terms }, () => '1').join('-');

  it('refuses a formula over the length cap with its length, never a RangeError', () => {
    const src = chain(6000);
    expect(src).toHaveLength(11999);
    const e = errorOf(src);
    expect(e.message).toBe('A formula can be at most 2,000 characters (this one has 11,999)');
    expect(e.position).toBe(MAX_EXPRESSION_LENGTH);
    expect(e.position + e.length).toBe(src.length);
    expect(errorOf(`${'('.repeat(50000)}1`).message).toBe('A formula can be at most 2,000 characters (this one has 50,001)');
  });

  it('accepts a formula of exactly the cap', () => {
    const src = `${chain(1000)}+0`;
    expect(src).toHaveLength(MAX_EXPRESSION_LENGTH + 1);
    expect(errorOf(src).message).toMatch(/this one has 2,001/);
    const atCap = `${chain(1000)} `;
    expect(atCap).toHaveLength(MAX_EXPRESSION_LENGTH);
    expect(calc(atCap)).toBe(1 - 999);
  });

  it('evaluates the longest flat chains the cap allows, in every operator, without recursing per operator', () => {
    // 1000 terms lean the tree 999 levels deep; the evaluator runs a postfix program instead.
    expect(calc(chain(1000))).toBe(1 - 999);
    expect(calc(Array.from({ length: 1000 }, () => '2').join('/'))).toBe(2 ** -998);
    expect(calc(Array.from({ length: 1000 }, () => '1').join('*'))).toBe(1);
    const columns = new Map([['a', Float64Array.of(1, 2, NaN)]]);
    const sum = Array.from({ length: 666 }, () => 'a').join('+');
    expect(sum.length).toBeLessThanOrEqual(MAX_EXPRESSION_LENGTH);
    expect([...evaluateExpression(parseExpression(sum), columns, 3)]).toEqual([666, 1332, NaN]);
  });

  it('evaluates arguments left to right and nested calls as before', () => {
    expect(calc('max(1, 2 - 5, min(4, 3) ^ 2) - -(2) + +3')).toBe(9 + 2 + 3);
    expect(calc('10 - 2 - 3')).toBe(5);
    expect(calc('2 ^ 3 ^ 2')).toBe(512);
    expect(calc('log(exp(2)) / 2')).toBe(1);
  });
});

describe('no way out of the sandbox', () => {
  const forbidden = ['constructor', '__proto__', 'window', 'globalThis', 'this', 'toString', 'hasOwnProperty', 'prototype', 'eval', 'Function', 'process', 'require'];

  it('reads names of object internals and globals as unknown columns', () => {
    const columns = new Map([['x', Float64Array.of(1, 2)]]);
    for (const name of forbidden) {
      expect(shape(parseExpression(name))).toBe(`$${name}`);
      const e = errorOf(name, ['x']);
      expect(e.message).toMatch(new RegExp(`^Unknown column '${name}' at position 0`));
      expect(() => evaluateExpression(parseExpression(`x + ${name}`), columns, 2)).toThrow(ExpressionError);
      expect(() => evaluateExpression(parseExpression(`"${name}"`), columns, 2)).toThrow(`Unknown column '${name}' at position 0`);
    }
  });

  it('reads them before "(" as unknown functions', () => {
    for (const name of forbidden) {
      expect(errorOf(`${name}(1)`).message).toMatch(new RegExp(`^Unknown function '${name}' at position 0`));
    }
    expect(errorOf('x.constructor').message).toBe("Unexpected character '.' at position 1");
    expect(errorOf('x["constructor"]').message).toBe("Unexpected character '[' at position 1");
  });

  it('finds a column really called "constructor" only when the map holds one', () => {
    const columns = new Map([['constructor', Float64Array.of(2, 3)], ['__proto__', Float64Array.of(10, 20)]]);
    expect([...evaluateExpression(parseExpression('constructor * __proto__'), columns, 2)]).toEqual([20, 60]);
  });

  it('never calls eval or Function', () => {
    // A source-level guard: the module must not contain either construct.
    const src = readFileSync(join(__dirname, 'expr.ts'), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    expect(src).not.toMatch(/\beval\s*\(|new\s+Function|\bFunction\s*\(/);
    expect(src).toContain('parseExpression');
  });
});

describe('evaluateExpression', () => {
  const cost = Float64Array.of(10, 2.5, 0, NaN, 7, 3);
  const rate = Float64Array.of(50, 25, 80, 40, 0, -10);
  const columns = new Map([
    ['total_cost', cost],
    ['pass_rate_2', rate],
    ['a b', Float64Array.of(1, 2, 3, 4, 5, 6)],
  ]);

  it('matches a hand computation row by row', () => {
    const out = evaluateExpression(parseExpression('total_cost / (pass_rate_2 / 100)'), columns, 6);
    expect([...out]).toEqual([20, 10, 0, NaN, Infinity, -30]);
    const mixed = evaluateExpression(parseExpression('max(total_cost, `a b`) - min(1, pass_rate_2) ^ 2 + sqrt("a b") * 2'), columns, 6);
    for (let i = 0; i < 6; i++) {
      const expected = Math.max(cost[i], i + 1) - Math.min(1, rate[i]) ** 2 + Math.sqrt(i + 1) * 2;
      expect(mixed[i]).toBe(expected);
    }
  });

  it('follows IEEE for division by zero and keeps NaN missing', () => {
    const z = new Map([['z', Float64Array.of(0, 1, -1, NaN)]]);
    expect([...evaluateExpression(parseExpression('1 / z'), z, 4)]).toEqual([Infinity, 1, -1, NaN]);
    expect([...evaluateExpression(parseExpression('0 / z'), z, 4)]).toEqual([NaN, 0, -0, NaN]);
    expect([...evaluateExpression(parseExpression('z ^ 0'), z, 4)]).toEqual([1, 1, 1, NaN]);
    expect([...evaluateExpression(parseExpression('log(z)'), z, 4)]).toEqual([-Infinity, 0, NaN, NaN]);
    expect([...evaluateExpression(parseExpression('min(z, 5)'), z, 4)]).toEqual([0, 1, -1, NaN]);
    expect(calc('0 / 0')).toBeNaN();
    expect(calc('-1 / 0')).toBe(-Infinity);
  });

  it('returns a fresh array: never an input column, constants filled', () => {
    const out = evaluateExpression(parseExpression('total_cost'), columns, 6);
    expect(out).not.toBe(cost);
    expect([...out]).toEqual([...cost]);
    expect(evaluateExpression(parseExpression('+min(total_cost)'), columns, 6)).not.toBe(cost);
    expect([...evaluateExpression(parseExpression('2 * 3'), columns, 6)]).toEqual([6, 6, 6, 6, 6, 6]);
    expect(evaluateExpression(parseExpression('1'), NO_COLUMNS, 0)).toHaveLength(0);
  });

  it('reports unknown columns with their position, and bad tables as CoreInputError', () => {
    expect(() => evaluateExpression(parseExpression('1 + totl_cost'), columns, 6)).toThrow(
      "Unknown column 'totl_cost' at position 4 (did you mean 'total_cost'?)",
    );
    expect(() => evaluateExpression(parseExpression('total_cost'), columns, 5)).toThrow(CoreInputError);
    expect(() => evaluateExpression(parseExpression('1'), columns, -1)).toThrow(CoreInputError);
    expect(() => evaluateExpression(parseExpression('1'), columns, 1.5)).toThrow(CoreInputError);
  });
});

describe('helpers', () => {
  it('columnsOf lists each referenced column once, in order', () => {
    expect(columnsOf(parseExpression('b + a * min(b, "c d", a) / log(a)'))).toEqual(['b', 'a', 'c d']);
    expect(columnsOf(parseExpression('1 + 2'))).toEqual([]);
  });

  it('quoteColumnName writes a reference that parses back to the same name', () => {
    expect(quoteColumnName('total_cost')).toBe('total_cost');
    expect(quoteColumnName('Price [$/1000 examples]')).toBe('"Price [$/1000 examples]"');
    expect(quoteColumnName('a"b\\c')).toBe('"a\\"b\\\\c"');
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 12 }), (name) => {
        const e = parseExpression(quoteColumnName(name));
        expect(e).toMatchObject({ kind: 'column', name });
      }),
      { seed: 3, numRuns: 500 },
    );
  });

  it('lists the functions it knows', () => {
    expect(EXPRESSION_FUNCTIONS).toEqual(['min', 'max', 'log', 'log10', 'log2', 'exp', 'sqrt', 'abs']);
  });
});

describe('fuzz', () => {
  const pieces = fc.constantFrom(
    '1', '2.5', '.5', '1e-3', '1e', 'e', 'a', 'b', '_x', '"q r"', '"', '`', '\\', '(', ')', ',', '+', '-', '*', '/', '^',
    ' ', 'min', 'max(', 'log(', 'sqrt', 'constructor', '__proto__', 'this', 'window', '.', '%', "'", '\u0000', '🎉',
  );

  it('parseExpression throws nothing but ExpressionError, with a position inside the source', () => {
    const source = fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), fc.array(pieces, { maxLength: 30 }).map((p) => p.join('')));
    fc.assert(
      fc.property(source, (src) => {
        try {
          parseExpression(src, { columns: ['a', 'b', 'q r'] });
        } catch (e) {
          expect(e).toBeInstanceOf(ExpressionError);
          const { position, length } = e as ExpressionError;
          expect(position).toBeGreaterThanOrEqual(0);
          expect(position + length).toBeLessThanOrEqual(src.length);
        }
      }),
      { seed: 424242, numRuns: 5000 },
    );
  });

  it('evaluating any formula that parses against its columns never throws', () => {
    const columns = new Map([
      ['a', Float64Array.of(1, -2, 0, NaN, Infinity)],
      ['b', Float64Array.of(0, 3, -0, 5, -Infinity)],
      ['q r', Float64Array.of(2, 2, 2, 2, 2)],
    ]);
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }).map((p) => p.join('')), (src) => {
        let expr: Expr;
        try {
          expr = parseExpression(src, { columns });
        } catch {
          return;
        }
        expect(evaluateExpression(expr, columns, 5)).toHaveLength(5);
      }),
      { seed: 17, numRuns: 3000 },
    );
  });
});
