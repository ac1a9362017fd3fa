import { describe, expect, it } from 'vitest';
import { httpHref } from './httpHref';

describe('httpHref', () => {
  it.each([
    ['https://github.com/a/b', 'https://github.com/a/b'],
    ['http://example.org/data.csv?x=1#y', 'http://example.org/data.csv?x=1#y'],
    ['  HTTPS://Example.org/x  ', 'https://example.org/x'],
  ])('links %j', (text, href) => expect(httpHref(text)).toBe(href));

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(document.domain)',
    ' javascript:alert(1)',
    '\u0001javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    'vbscript:msgbox(1)',
    'ftp://example.org/x',
    '//evil.example/x',
    '/relative/path',
    'example.org',
    'http:/one-slash',
    'https://',
    '',
  ])('refuses %j', (text) => expect(httpHref(text)).toBeNull());
});
