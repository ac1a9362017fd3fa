/**
 * `test` and `expect` for specs that run with the app's Content-Security-Policy watched: every page of
 * the test's browser context reports each `securitypolicyviolation` event (and every console message
 * saying the policy refused something, which also covers workers), and the test fails after it ran if
 * there was any. Import from here instead of '@playwright/test'. Contexts a spec opens itself
 * (`browser.newContext()`) are watched after `await watchCsp(context, violations)`.
 */
import { test as base, expect, type BrowserContext } from '@playwright/test';

export { expect };
export type { Browser, BrowserContext, Locator, Page, Route } from '@playwright/test';

export interface CspViolation {
  directive: string;
  blocked: string;
  source: string;
  sample: string;
}

declare global {
  interface Window {
    /** Filled by the init script below: every CSP violation this document saw. */
    __cspViolations?: CspViolation[];
  }
}

/** Records CSP violations of every page in `context` (present and future) into `into`. */
export async function watchCsp(context: BrowserContext, into: CspViolation[]): Promise<void> {
  await context.exposeBinding('__paretoscopeCspViolation', (_source, v: CspViolation) => void into.push(v));
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      const v = {
        directive: e.effectiveDirective || e.violatedDirective,
        blocked: e.blockedURI,
        source: `${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`,
        sample: e.sample,
      };
      window.__cspViolations!.push(v);
      const report = (window as unknown as { __paretoscopeCspViolation?: (v: CspViolation) => void }).__paretoscopeCspViolation;
      report?.(v);
    });
  });
  const onConsole = (text: string) => {
    if (/Content Security Policy/i.test(text) && /refused|violat|blocked/i.test(text)) into.push({ directive: '(console)', blocked: '', source: '', sample: text });
  };
  for (const page of context.pages()) page.on('console', (m) => onConsole(m.text()));
  context.on('page', (page) => page.on('console', (m) => onConsole(m.text())));
}

/** Fails the test when `violations` is not empty, listing them. */
export function expectNoCspViolations(violations: CspViolation[]): void {
  expect(violations, `CSP violations:\n${violations.map((v) => `${v.directive} blocked ${v.blocked || '(inline)'} at ${v.source} ${v.sample}`).join('\n')}`).toEqual([]);
}

export const test = base.extend<{ cspViolations: CspViolation[] }>({
  cspViolations: [
    async ({ context }, use) => {
      const violations: CspViolation[] = [];
      await watchCsp(context, violations);
      await use(violations);
      expectNoCspViolations(violations);
    },
    { auto: true },
  ],
});
