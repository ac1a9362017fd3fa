/**
 * Chart colours for the light and dark themes. Both the canvas and the SVG need concrete colour
 * strings, so the theme is read once per theme change: the `.dark` class on <html> picks the
 * defaults, and any `--ps-chart-<name>` CSS custom property on the chart or an ancestor overrides one
 * (e.g. `--ps-chart-front: #0072b2`).
 */
export interface ChartTheme {
  dark: boolean;
  /** The colour behind the chart (the nearest opaque ancestor background): halos are drawn in it. */
  background: string;
  text: string;
  textMuted: string;
  axis: string;
  grid: string;
  /** Front points, the staircase and the shaded dominated region. */
  front: string;
  dominated: string;
  faint: string;
  /** Points with no group (group mode) or no rank (rank mode). */
  neutral: string;
  /** Rank ramp stops, strongest (rank 1) first. */
  rankStops: string[];
  /** Selection and hover rings, crosshair. */
  focus: string;
}

export const LIGHT_THEME: ChartTheme = {
  dark: false,
  background: '#ffffff',
  text: '#1e293b',
  textMuted: '#64748b',
  axis: '#94a3b8',
  grid: '#e9edf2',
  front: '#d9480f',
  dominated: '#64748b',
  faint: '#a3afbf',
  neutral: '#9aa5b4',
  rankStops: ['#b3270c', '#e8590c', '#f59f3a', '#e9c58f', '#c3ccd8'],
  focus: '#0f172a',
};

export const DARK_THEME: ChartTheme = {
  dark: true,
  background: '#0f172a',
  text: '#e2e8f0',
  textMuted: '#94a3b8',
  axis: '#64748b',
  grid: '#1f2a3c',
  front: '#ff8c42',
  dominated: '#94a3b8',
  faint: '#64748b',
  neutral: '#7b8698',
  rankStops: ['#ffa45c', '#f0702e', '#c4562e', '#8a4a3a', '#4a5160'],
  focus: '#f8fafc',
};

const KEYS: (keyof ChartTheme)[] = ['text', 'textMuted', 'axis', 'grid', 'front', 'dominated', 'faint', 'neutral', 'focus'];

function kebab(s: string): string {
  return s.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase());
}

/** Whether a CSS colour is fully transparent ("transparent", "rgba(0, 0, 0, 0)"). */
export function isTransparent(css: string): boolean {
  if (!css || css === 'transparent') return true;
  const m = /rgba?\(([^)]+)\)/.exec(css);
  if (!m) return false;
  const parts = m[1].split(/[\s,/]+/).filter(Boolean);
  return parts.length === 4 && Number(parts[3]) === 0;
}

function effectiveBackground(el: Element | null): string | null {
  for (let e = el; e; e = e.parentElement) {
    const bg = getComputedStyle(e).backgroundColor;
    if (!isTransparent(bg)) return bg;
  }
  return null;
}

/** The theme for a chart element, from the `.dark` class on <html> and `--ps-chart-*` overrides. */
export function readChartTheme(el: Element | null): ChartTheme {
  const dark = typeof document !== 'undefined' && document.documentElement.classList.contains('dark');
  const base = dark ? DARK_THEME : LIGHT_THEME;
  if (!el || typeof getComputedStyle === 'undefined') return base;
  const cs = getComputedStyle(el);
  const theme: ChartTheme = { ...base, rankStops: base.rankStops.slice() };
  for (const key of KEYS) {
    const v = cs.getPropertyValue(`--ps-chart-${kebab(key)}`).trim();
    if (v) (theme[key] as string) = v;
  }
  const stops = cs.getPropertyValue('--ps-chart-rank-stops').trim();
  if (stops) theme.rankStops = stops.split(/\s+/);
  theme.background = cs.getPropertyValue('--ps-chart-background').trim() || effectiveBackground(el) || base.background;
  return theme;
}
