// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Notices } from './Notices';

afterEach(cleanup);

const texts = () => screen.queryAllByTestId('notice').map((n) => n.querySelector('p')?.textContent ?? '');

describe('Notices', () => {
  it('renders nothing without notices', () => {
    render(<Notices notices={[]} onDismiss={() => undefined} />);
    expect(screen.queryByTestId('notices')).toBeNull();
  });

  it('shows every notice when there are five or fewer, with no "more"', () => {
    render(<Notices notices={['a', 'b', 'c', 'd', 'e']} onDismiss={() => undefined} />);
    expect(texts()).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(screen.queryByTestId('notices-more')).toBeNull();
  });

  it('shows the newest five and "N more", which expands to all and back', () => {
    const notices = Array.from({ length: 12 }, (_, i) => `notice ${i}`);
    render(<Notices notices={notices} onDismiss={() => undefined} />);
    expect(texts()).toEqual(['notice 7', 'notice 8', 'notice 9', 'notice 10', 'notice 11']);
    fireEvent.click(screen.getByRole('button', { name: '7 more' }));
    expect(texts()).toEqual(notices);
    fireEvent.click(screen.getByTestId('notices-fewer'));
    expect(texts()).toHaveLength(5);
  });

  it('dismisses the notice clicked, by its place in the whole queue', () => {
    const onDismiss = vi.fn();
    const notices = Array.from({ length: 8 }, (_, i) => `notice ${i}`);
    render(<Notices notices={notices} onDismiss={onDismiss} />);
    const item = screen.getAllByTestId('notice')[1];
    expect(item.textContent).toContain('notice 4');
    fireEvent.click(within(item).getByRole('button', { name: 'Dismiss notice' }));
    expect(onDismiss).toHaveBeenCalledWith(4);
  });

  it('offers Dismiss all when there is more than one', () => {
    const onDismissAll = vi.fn();
    const { rerender } = render(<Notices notices={['only']} onDismiss={() => undefined} onDismissAll={onDismissAll} />);
    expect(screen.queryByRole('button', { name: 'Dismiss all' })).toBeNull();
    rerender(<Notices notices={['a', 'b']} onDismiss={() => undefined} onDismissAll={onDismissAll} />);
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss all' }));
    expect(onDismissAll).toHaveBeenCalledOnce();
  });

  it('cuts a long notice to 300 characters, with Show all for the full text', () => {
    const long = `${'word '.repeat(200)}end`;
    render(<Notices notices={[long]} onDismiss={() => undefined} />);
    const p = screen.getByTestId('notice').querySelector('p') as HTMLElement;
    expect(p.textContent).not.toContain('end');
    expect(p.textContent).toContain(`${long.slice(0, 300)}…`);
    const toggle = within(p).getByRole('button', { name: 'Show all' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(p.textContent).toContain(long);
    expect(within(p).getByRole('button', { name: 'Show less' }).getAttribute('aria-expanded')).toBe('true');
  });

  it('never cuts an emoji in half', () => {
    const text = `${'x'.repeat(299)}😀${'y'.repeat(50)}`;
    render(<Notices notices={[text]} onDismiss={() => undefined} />);
    const shown = screen.getByTestId('notice').querySelector('p')?.firstChild?.textContent ?? '';
    expect(shown).toBe(`${'x'.repeat(299)}…`);
  });

  it('has no Show all on a short notice', () => {
    render(<Notices notices={['short']} onDismiss={() => undefined} />);
    expect(screen.queryByRole('button', { name: 'Show all' })).toBeNull();
  });
});
