/**
 * Colours for points: a colour-blind-friendly categorical palette for groups (with a way to extend it
 * past ten), and the sequential ramp that colours Pareto ranks from strong (rank 1) to faded.
 */
import { hcl, interpolateLab, piecewise } from 'd3';

/** Okabe & Ito (2008), "Color Universal Design": distinguishable under all common colour-vision deficiencies. */
export const OKABE_ITO = ['#E69F00', '#56B4E9', '#009E73', '#F0E442', '#0072B2', '#D55E00', '#CC79A7', '#000000'] as const;

/**
 * The default group palette: Tableau 10 (Maureen Stone, 2016), designed to stay apart for common
 * colour-vision deficiencies and to read on light and dark backgrounds alike.
 */
export const CATEGORICAL = [
  '#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac',
] as const;

/**
 * `n` categorical colours: the base palette first, then lighter and darker variants of it, round after
 * round, so that the 11th group looks related to the 1st but is still told apart from it.
 */
export function extendPalette(n: number, base: readonly string[] = CATEGORICAL): string[] {
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const round = Math.floor(i / base.length);
    const c = base[i % base.length];
    if (round === 0) {
      out.push(c);
      continue;
    }
    const h = hcl(c);
    const step = Math.ceil(round / 2) * 14;
    h.l = Math.max(20, Math.min(90, h.l + (round % 2 === 1 ? step : -step)));
    out.push(h.formatHex());
  }
  return out;
}

/** Ranks get at most this many distinct colours; beyond that, neighbouring ranks share one. */
export const MAX_RANK_COLORS = 12;

/** Number of colour buckets used for ranks 1..maxRank. */
export function rankBucketCount(maxRank: number): number {
  return Math.max(1, Math.min(MAX_RANK_COLORS, Math.floor(maxRank)));
}

/** Bucket of a rank (1-based): bucket 0 holds rank 1; -1 for unranked (0) rows. */
export function rankBucket(rank: number, maxRank: number): number {
  if (!(rank >= 1)) return -1;
  const buckets = rankBucketCount(maxRank);
  if (maxRank <= buckets) return Math.min(rank, buckets) - 1;
  // Rank 1 keeps a bucket of its own: it is the front.
  if (rank === 1) return 0;
  const t = (Math.min(rank, maxRank) - 2) / Math.max(1, maxRank - 2);
  return 1 + Math.min(buckets - 2, Math.floor(t * (buckets - 1)));
}

/**
 * Colours along a ramp, stop 0 = strongest. `stops` come from the theme (saturated to faded, where
 * "faded" means close to the background), interpolated in CIELAB for even perceptual steps.
 */
export function rampColors(stops: readonly string[], count: number): string[] {
  const interp = piecewise(interpolateLab, stops as string[]);
  if (count <= 1) return [hcl(stops[0]).formatHex()];
  return Array.from({ length: count }, (_, i) => hcl(interp(i / (count - 1))).formatHex());
}

/** The colour of each rank bucket, bucket 0 (rank 1) strongest. */
export function rankColors(maxRank: number, stops: readonly string[]): string[] {
  return rampColors(stops, rankBucketCount(maxRank));
}
