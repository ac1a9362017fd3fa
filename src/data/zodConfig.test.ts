import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import './zodConfig';

describe('zod configuration', () => {
  it('parses without compiling schemas (no eval probe under the CSP), and still validates', () => {
    expect(z.config().jitless).toBe(true);
    const schema = z.object({ a: z.number() });
    expect(schema.safeParse({ a: 1 }).success).toBe(true);
    expect(schema.safeParse({ a: 'x' }).success).toBe(false);
  });

  it('says what is wrong in English (zod/mini has no messages of its own)', () => {
    const result = z.object({ a: z.number() }).safeParse({ a: 'x' });
    expect(result.error?.issues[0].message).toBe('Invalid input: expected number, received string');
  });
});
