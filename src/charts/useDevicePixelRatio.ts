import { useEffect, useState } from 'react';

function current(): number {
  return typeof window !== 'undefined' && window.devicePixelRatio > 0 ? window.devicePixelRatio : 1;
}

/** window.devicePixelRatio, updated when the window moves to another screen or the page is zoomed. */
export function useDevicePixelRatio(): number {
  const [dpr, setDpr] = useState(current);
  useEffect(() => {
    if (typeof window === 'undefined' || !window.matchMedia) return;
    const query = window.matchMedia(`(resolution: ${dpr}dppx)`);
    const update = () => setDpr(current());
    query.addEventListener('change', update);
    return () => query.removeEventListener('change', update);
  }, [dpr]);
  return dpr;
}
