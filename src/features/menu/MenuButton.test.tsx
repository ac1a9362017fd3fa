// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MenuButton } from './MenuButton';
import { MenuItem } from './MenuItem';
import { useMenu, type MenuOptions, type WhileBusy } from './useMenu';

afterEach(cleanup);

function Harness({ options, task }: { options?: MenuOptions; task: (whileBusy: WhileBusy) => void | Promise<void> }) {
  const menu = useMenu(options);
  return (
    <MenuButton menu={menu} label="Save" busyLabel="Saving…" menuLabel="Save" testId="m">
      <MenuItem label="One" hint=".a" testId="m-one" onSelect={() => void menu.run('Save failed', task)} />
      <MenuItem label="Two" hint=".b" testId="m-two" onSelect={() => {}} />
    </MenuButton>
  );
}

describe('useMenu with MenuButton', () => {
  it('closes on a click outside and on Tab, leaving the focus where Tab takes it', () => {
    render(
      <div>
        <p data-testid="outside">outside</p>
        <Harness task={() => {}} />
      </div>,
    );
    fireEvent.click(screen.getByTestId('m'));
    expect(screen.getByRole('menu')).toBeTruthy();
    fireEvent.mouseDown(screen.getByTestId('m-two'));
    expect(screen.getByRole('menu')).toBeTruthy();
    fireEvent.mouseDown(screen.getByTestId('outside'));
    expect(screen.queryByRole('menu')).toBeNull();
    fireEvent.click(screen.getByTestId('m'));
    fireEvent.keyDown(screen.getByRole('menu'), { key: 'Tab' });
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).not.toBe(screen.getByTestId('m'));
  });

  it('lets the keys it handles reach the page unless asked to contain them', () => {
    for (const containKeys of [false, true]) {
      const onPageKey = vi.fn();
      render(
        <div onKeyDown={onPageKey}>
          <Harness options={{ containKeys }} task={() => {}} />
        </div>,
      );
      fireEvent.click(screen.getByTestId('m'));
      fireEvent.keyDown(screen.getByRole('menu'), { key: 'Escape' });
      expect(onPageKey).toHaveBeenCalledTimes(containKeys ? 0 : 1);
      cleanup();
    }
  });

  it('runs an item: busy while the slow part runs, a failure shown until dismissed or the menu reopens', async () => {
    let finish = () => {};
    render(<Harness task={(whileBusy) => whileBusy(new Promise<void>((resolve) => (finish = resolve)))} />);
    fireEvent.click(screen.getByTestId('m'));
    fireEvent.click(screen.getByTestId('m-one'));
    const button = screen.getByTestId('m') as HTMLButtonElement;
    expect(screen.queryByRole('menu')).toBeNull();
    await waitFor(() => expect(button.textContent).toBe('Saving…'));
    expect(button.disabled).toBe(true);
    finish();
    await waitFor(() => expect(button.textContent).toBe('Save'));
    cleanup();

    render(
      <Harness
        task={() => {
          throw new Error('disk full');
        }}
      />,
    );
    fireEvent.click(screen.getByTestId('m'));
    fireEvent.click(screen.getByTestId('m-one'));
    expect((await screen.findByRole('alert')).textContent).toContain('Save failed: disk full');
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.click(screen.getByTestId('m'));
    fireEvent.click(screen.getByTestId('m-one'));
    await screen.findByRole('alert');
    fireEvent.click(screen.getByTestId('m'));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
