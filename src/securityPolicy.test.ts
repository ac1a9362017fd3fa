import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import config, { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from '../vite.config';

const directives = (policy: string) => new Map(policy.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...v]) => [name, v.join(' ')]));

describe('the shipped Content-Security-Policy and headers', () => {
  it('is strict: only its own scripts and styles, no inline code, no eval, no plugins, no base or form targets', () => {
    const d = directives(CONTENT_SECURITY_POLICY);
    expect(d.get('default-src')).toBe("'self'");
    expect(d.get('script-src')).toBe("'self'");
    expect(d.get('style-src')).toBe("'self'");
    expect(d.get('object-src')).toBe("'none'");
    expect(d.get('base-uri')).toBe("'none'");
    expect(d.get('form-action')).toBe("'none'");
    expect(d.get('worker-src')).toBe("'self' blob:");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-(inline|eval)/);
    // frame-ancestors is ignored in a meta tag, so it lives only in the headers.
    expect(d.has('frame-ancestors')).toBe(false);
  });

  it('vite preview sends the policy with frame-ancestors, nosniff and no-referrer; the build has no source maps', () => {
    expect(SECURITY_HEADERS['Content-Security-Policy']).toBe(`${CONTENT_SECURITY_POLICY}; frame-ancestors *`);
    expect(SECURITY_HEADERS['X-Content-Type-Options']).toBe('nosniff');
    expect(SECURITY_HEADERS['Referrer-Policy']).toBe('no-referrer');
    const resolved = config as { preview?: { headers?: Record<string, string> }; build?: { sourcemap?: unknown } };
    expect(resolved.preview?.headers).toEqual(SECURITY_HEADERS);
    expect(resolved.build?.sourcemap).toBe(false);
  });

  it('the README deploy notes give the same headers for Netlify and nginx', () => {
    const readme = readFileSync(join(import.meta.dirname, '..', 'README.md'), 'utf8');
    const csp = SECURITY_HEADERS['Content-Security-Policy'];
    expect(readme).toContain(`  Content-Security-Policy: ${csp}\n`);
    expect(readme).toContain(`add_header Content-Security-Policy "${csp}" always;`);
    for (const name of ['X-Content-Type-Options', 'Referrer-Policy'] as const) {
      expect(readme).toContain(`  ${name}: ${SECURITY_HEADERS[name]}\n`);
      expect(readme).toContain(`add_header ${name} "${SECURITY_HEADERS[name]}" always;`);
    }
  });
});
