// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { DatasetCard } from '../../data/types';
import { SourcePanel } from './SourcePanel';

afterEach(cleanup);

function card(urls: string[]): DatasetCard {
  return {
    id: 'c',
    title: 'Card',
    description: 'd',
    files: [],
    columns: [],
    defaults: { x: '', y: '' },
    source: urls.map((url, i) => ({ repository: `r${i}`, path: 'p.csv', commit: 'abc', licence: 'MIT', url })),
  };
}

describe('SourcePanel', () => {
  it('links http(s) sources and shows any other address as text, never as an href', () => {
    render(<SourcePanel card={card(['https://github.com/a/b', 'javascript:alert(1)', 'data:text/html,<b>x</b>', 'file:///etc/passwd'])} />);
    fireEvent.click(screen.getByRole('button', { name: /Source/ }));
    const links = screen.getAllByTestId('source-url');
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://github.com/a/b']);
    expect(links[0].getAttribute('rel')).toContain('noopener');
    expect(screen.getAllByTestId('source-url-text').map((e) => [e.tagName, e.textContent])).toEqual([
      ['SPAN', 'javascript:alert(1)'],
      ['SPAN', 'data:text/html,<b>x</b>'],
      ['SPAN', 'file:///etc/passwd'],
    ]);
    const dialog = screen.getByRole('dialog');
    for (const a of dialog.querySelectorAll('a')) expect(a.getAttribute('href')).toMatch(/^https?:\/\//);
  });
});
