import { useCallback, useEffect, useState } from 'react';
import { useThemeChoice, useUiActions } from '../../state';

export type AppliedTheme = 'light' | 'dark';

function systemTheme(): AppliedTheme {
  return typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/**
 * Light/dark theme: follows the system until the person picks one; the choice lives in the view store
 * (persisted locally, never in links).
 */
export function useTheme(): [AppliedTheme, () => void] {
  const choice = useThemeChoice();
  const { setTheme } = useUiActions();
  const [system, setSystem] = useState<AppliedTheme>(systemTheme);
  useEffect(() => {
    if (typeof matchMedia !== 'function') return;
    const mq = matchMedia('(prefers-color-scheme: dark)');
    const on = () => setSystem(mq.matches ? 'dark' : 'light');
    mq.addEventListener('change', on);
    return () => mq.removeEventListener('change', on);
  }, []);
  const theme = choice === 'system' ? system : choice;
  useEffect(() => {
    document.documentElement.classList.toggle('dark', theme === 'dark');
  }, [theme]);
  const toggle = useCallback(() => setTheme(theme === 'dark' ? 'light' : 'dark'), [theme, setTheme]);
  return [theme, toggle];
}
