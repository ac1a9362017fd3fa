/**
 * The compute worker's work, apart from the worker global so it can be tested in-process: it keeps one
 * dataset (rebuilt from the columns the client sends) and answers each request with the very same
 * `deriveView`, `pointDecision` and `deriveCompare` the page runs for small tables — one derivation,
 * memoized here as it is there.
 *
 * Requests are taken newest first: a request that arrives while an older one waits is the only one run
 * (the client drops results of superseded requests anyway, so computing them would only delay the one
 * that counts).
 */
import type { Column, Dataset } from '../data/types';
import { deriveCompare } from '../state/compare';
import { Packer, type ComputeReply, type ComputeRequest, type SentColumn, type SentView } from '../state/computeProtocol';
import { deriveView, pointDecision } from '../state/derive';

export type Post = (reply: ComputeReply, transfer?: Transferable[]) => void;

interface Held {
  id: string;
  rowCount: number;
  card: Dataset['card'];
  labelKey?: string;
  columnKeys: string[];
  columns: Map<string, Column>;
  /** The Dataset built from the columns so far; rebuilt (new identity) when a column arrives. */
  dataset: Dataset | null;
}

function columnOf(sent: SentColumn): Column {
  // (A clone made in another realm — a test's in-process worker — is not `instanceof Float64Array` here.)
  if (sent.kind === 'number') return { kind: 'number', spec: sent.spec, values: sent.values instanceof Float64Array ? sent.values : new Float64Array(sent.values) };
  const { codes, names } = sent;
  const values = new Array<string>(codes.length);
  for (let i = 0; i < codes.length; i++) values[i] = names[codes[i]];
  return { kind: sent.kind, spec: sent.spec, values };
}

function datasetOf(held: Held): Dataset {
  if (!held.dataset) {
    const columns = held.columnKeys.flatMap((k) => {
      const c = held.columns.get(k);
      return c ? [c] : [];
    });
    held.dataset = {
      id: held.id,
      card: held.card,
      rowCount: held.rowCount,
      columns,
      byKey: new Map(columns.map((c) => [c.spec.key, c])),
      ...(held.labelKey !== undefined ? { labelKey: held.labelKey } : {}),
    };
  }
  return held.dataset;
}

/** A handler for one worker: call it with each message; it posts replies through `post`. */
export function createComputeHandler(post: Post, schedule: (run: () => void) => void = (run) => setTimeout(run, 0)) {
  let held: Held | null = null;
  const packer = new Packer();
  let waiting: Extract<ComputeRequest, { type: 'derive' }> | null = null;

  function run(): void {
    const request = waiting;
    waiting = null;
    if (!request) return;
    try {
      if (!held || held.id !== request.datasetId) throw new Error(`the dataset ${request.datasetId} was not sent to the worker`);
      const dataset = datasetOf(held);
      const started = performance.now();
      const transfer: Transferable[] = [];
      const view = deriveView(dataset, request.spec);
      packer.begin();
      if (request.want === 'view') {
        const { x: _x, y: _y, ...rest } = view;
        // The sent view is memoized too, so an unchanged view goes back as a reference.
        const sent = sentViews.get(view) ?? rest;
        sentViews.set(view, sent);
        const point = request.spec.selected === null ? null : pointDecision(dataset, request.spec, request.spec.selected);
        const packed = packer.pack(sent satisfies SentView, transfer);
        post({ type: 'view', seq: request.seq, view: packed, point, ms: performance.now() - started }, transfer);
      } else {
        const compare = deriveCompare(dataset, request.spec, view);
        const packed = packer.pack(compare, transfer, 0);
        post({ type: 'compare', seq: request.seq, compare: packed, ms: performance.now() - started }, transfer);
      }
      packer.end();
    } catch (err) {
      packer.reset();
      post({ type: 'error', seq: request.seq, message: err instanceof Error ? err.message : String(err) });
    }
  }

  const sentViews = new WeakMap<object, SentView>();

  return function onMessage(message: ComputeRequest): void {
    if (message.type === 'dataset') {
      held = { id: message.id, rowCount: message.rowCount, card: message.card, columnKeys: message.columnKeys, columns: new Map(), dataset: null };
      if (message.labelKey !== undefined) held.labelKey = message.labelKey;
      packer.reset();
    } else if (message.type === 'column') {
      if (!held || held.id !== message.datasetId) return;
      held.columns.set(message.column.spec.key, columnOf(message.column));
      held.dataset = null;
    } else {
      const idle = waiting === null;
      waiting = message;
      if (idle) schedule(run);
    }
  };
}
