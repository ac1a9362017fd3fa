/**
 * The peer the million-row benchmark measures the app against: the page a person would write with
 * the usual tools to see a Pareto front of a CSV — fetch it, parse it with papaparse (`header`,
 * `dynamicTyping`), find the 2-D front by sort and sweep (both columns minimized), and draw every row
 * with Plotly's WebGL scatter (`scattergl`) with the front on top as a highlighted staircase.
 *
 * The page writes its timings to `window.__bench.marks` (ms since navigation start): fetched, parsed,
 * front, afterplot (Plotly's `plotly_afterplot` for the data), and ready (the frame after it painted),
 * plus `window.__bench.front`, the front size, to check against the app's. An empty plot is drawn
 * first, while the file downloads (as a page with its chart frame up front would), so the afterplot
 * listener is in place before the data plot starts.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Plotly peer: Pareto front of a CSV</title>
<script src="/vendor/plotly.min.js"></script>
<script src="/vendor/papaparse.min.js"></script>
<style>body { margin: 0; font: 14px system-ui, sans-serif; } #chart { width: 1100px; height: 700px; }</style>
</head>
<body>
<p id="status">Loading…</p>
<div id="chart"></div>
<script>
const bench = (window.__bench = window.__bench || { marks: {}, longtasks: [] });
const mark = (name) => (bench.marks[name] = performance.now());
const afterPaint = (cb) => requestAnimationFrame(() => { const ch = new MessageChannel(); ch.port1.onmessage = cb; ch.port2.postMessage(0); });

/** Front of two minimized columns: sort by x then y, keep rows that beat the best y so far (ties kept). */
function paretoFront(x, y) {
  const order = x.map((_, i) => i).sort((i, j) => x[i] - x[j] || y[i] - y[j]);
  const front = [];
  let bestY = Infinity, bestX = NaN;
  for (const i of order) {
    if (y[i] < bestY) { bestY = y[i]; bestX = x[i]; front.push(i); }
    else if (y[i] === bestY && x[i] === bestX) front.push(i);
  }
  return front;
}

async function main() {
  const url = new URLSearchParams(location.search).get('data');
  const gd = document.getElementById('chart');
  await Plotly.newPlot(gd, [], { title: { text: 'loading' } });
  gd.on('plotly_afterplot', () => {
    if (!bench.front || bench.marks.afterplot) return;
    mark('afterplot');
    afterPaint(() => mark('ready'));
  });
  const response = await fetch(url);
  if (!response.ok) throw new Error(url + ': HTTP ' + response.status);
  const text = await response.text();
  mark('fetched');
  const parsed = Papa.parse(text, { header: true, dynamicTyping: true, skipEmptyLines: true });
  mark('parsed');
  const [kx, ky] = parsed.meta.fields;
  const rows = parsed.data.filter((r) => typeof r[kx] === 'number' && typeof r[ky] === 'number');
  const x = rows.map((r) => r[kx]);
  const y = rows.map((r) => r[ky]);
  const front = paretoFront(x, y);
  mark('front');
  bench.front = front.length;
  bench.rows = rows.length;
  document.getElementById('status').textContent = front.length.toLocaleString('en-US') + ' on the frontier of ' + rows.length.toLocaleString('en-US') + ' rows';
  await Plotly.react(gd, [
    { type: 'scattergl', mode: 'markers', name: 'dominated', x, y, marker: { size: 3, color: 'rgba(100, 116, 139, 0.35)' }, hoverinfo: 'x+y' },
    { type: 'scattergl', mode: 'lines+markers', name: 'front', x: front.map((i) => x[i]), y: front.map((i) => y[i]), line: { shape: 'hv', color: '#d97706' }, marker: { size: 6, color: '#d97706' } },
  ], { xaxis: { title: { text: kx } }, yaxis: { title: { text: ky } }, showlegend: true, margin: { t: 30 } });
  mark('reacted');
}
main().catch((err) => { bench.error = String(err && err.stack || err); document.getElementById('status').textContent = bench.error; });
</script>
</body>
</html>
`;

/** Writes the peer page into `dir` and returns its file name. */
export function writePlotlyPeer(dir: string): string {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'plotly.html'), PAGE);
  return 'plotly.html';
}
