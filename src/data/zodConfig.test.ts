import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import './zodConfig';

describe('zod configuration', () => {
  it('parses without compiling schemas (no eval probe under the CSP), and still validates', () => {
    expect(z.config().jitless).toBe(true);
    const schema = z.object({ a: z.number() });
    expect(schema.safeParse({ a: 1 }).success).toBe(true);
    expect(schema.safeParse({ a: 'x' }).success).toBe(false);
  });
});
