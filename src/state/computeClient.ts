/**
 * Derives views of large tables in compute workers, so the main thread only draws. Two workers: one
 * answers the view (front, status, ranks, scores, decision, the selected row's decision), the other the
 * comparison of groups, which can take far longer and must never hold back the chart.
 *
 * - Each request carries the ViewSpec and a sequence number; a result is taken only when it answers the
 *   newest request of its kind, so a newer request supersedes an older one and no stale frame is drawn.
 *   Until then the previous result stays on screen, and `computing` turns on when the wait passes
 *   `slowMs` (longer than a frame or two), for a quiet "Computing…" on the chart.
 * - Results carry the dataset and the spec they were computed for. The view's x and y are the page's own
 *   arrays, put back here (the chart draws from them; the worker's copies never come back).
 * - A worker that fails (a message it could not answer, a crash) turns the client off: `failed` holds
 *   the reason, listeners hear it once, and the hooks go back to deriving on the page — slower, never a
 *   blank chart.
 *
 * See computeProtocol.ts for what crosses and how identities are kept.
 */
import type { Column, Dataset } from '../data/types';
import { compareInputsKey, noteAutoCompareGroups } from './compare';
import { Unpacker, type ComputeReply, type ComputeRequest, type SentColumn, type SentView } from './computeProtocol';
import type { CompareView } from './compareTypes';
import type { PointDecision } from './decisionTypes';
import { axisValues, rankingKey, type DerivedView } from './derive';
import { withDerived } from './derived';
import type { ViewSpec } from './viewSpec';

/** Tables with at least this many rows are derived in the worker; smaller ones on the page, as before. */
export const COMPUTE_IN_WORKER_FROM = 50_000;

/** A wait longer than this shows the "Computing…" state. */
export const SLOW_MS = 100;

/** Rows dictionary-encoded per task, so encoding a million-row category column never blocks for long. */
const ENCODE_CHUNK = 200_000;

export type Role = 'view' | 'compare';

/** The smallest part of Worker the client uses (tests hand in an in-process one). */
export interface WorkerLike {
  postMessage(message: ComputeRequest, transfer?: Transferable[]): void;
  terminate(): void;
  onmessage: ((e: MessageEvent<ComputeReply>) => void) | null;
  onerror: ((e: ErrorEvent) => void) | null;
}

export interface ViewResult {
  dataset: Dataset;
  spec: ViewSpec;
  seq: number;
  value: DerivedView;
  /** The decision of `spec.selected` (null without a selection). */
  point: PointDecision | null;
}

export interface CompareResult {
  dataset: Dataset;
  spec: ViewSpec;
  seq: number;
  value: CompareView | null;
}

export interface ComputeSnapshot {
  view: ViewResult | null;
  compare: CompareResult | null;
  /** A request has waited longer than `slowMs`. */
  computing: boolean;
  /** Why the workers were given up (the hooks derive on the page then), or null. */
  failed: string | null;
}

interface Channel {
  role: Role;
  worker: WorkerLike | null;
  unpacker: Unpacker;
  sentDataset: Dataset | null;
  sentColumns: Set<string>;
  chain: Promise<void>;
  /** The newest request of this kind. */
  latest: { seq: number; dataset: Dataset; spec: ViewSpec; key: unknown } | null;
  /** When the channel started waiting for an answer to its newest request. */
  since: number;
  /** Requests posted and not answered yet. */
  posted: Map<number, { dataset: Dataset; spec: ViewSpec }>;
  /** Answered (seq of the newest answered request). */
  answered: number;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

const encodings = new WeakMap<string[], Promise<{ codes: Int32Array; names: string[] }>>();

/** A category column as codes into its distinct values, a chunk of rows per task. */
function encode(values: string[]): Promise<{ codes: Int32Array; names: string[] }> {
  let pending = encodings.get(values);
  if (!pending) {
    pending = (async () => {
      const index = new Map<string, number>();
      const names: string[] = [];
      const codes = new Int32Array(values.length);
      for (let start = 0; start < values.length; start += ENCODE_CHUNK) {
        if (start > 0) await nextTask();
        const end = Math.min(values.length, start + ENCODE_CHUNK);
        for (let i = start; i < end; i++) {
          const v = values[i];
          let code = index.get(v);
          if (code === undefined) {
            code = names.length;
            names.push(v);
            index.set(v, code);
          }
          codes[i] = code;
        }
      }
      return { codes, names };
    })();
    encodings.set(values, pending);
  }
  return pending;
}

export class ComputeClient {
  private snapshot: ComputeSnapshot = { view: null, compare: null, computing: false, failed: null };
  private listeners = new Set<() => void>();
  private errorListeners = new Set<(message: string) => void>();
  private seq = 0;
  private slowTimer: ReturnType<typeof setTimeout> | null = null;
  private channels: Record<Role, Channel>;
  private views = new WeakMap<SentView, DerivedView>();

  constructor(
    private readonly makeWorker: (role: Role) => WorkerLike,
    private readonly slowMs = SLOW_MS,
  ) {
    const channel = (role: Role): Channel => ({
      role,
      worker: null,
      unpacker: new Unpacker(),
      sentDataset: null,
      sentColumns: new Set(),
      chain: Promise.resolve(),
      latest: null,
      posted: new Map(),
      answered: 0,
      since: 0,
    });
    this.channels = { view: channel('view'), compare: channel('compare') };
  }

  getSnapshot = (): ComputeSnapshot => this.snapshot;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Hears, once, why the workers were given up. */
  onFailure(listener: (message: string) => void): () => void {
    this.errorListeners.add(listener);
    return () => this.errorListeners.delete(listener);
  }

  /** Derive the view of `spec` on `dataset` (the loaded dataset). The same pair twice is asked once. */
  requestView(dataset: Dataset, spec: ViewSpec): void {
    this.request(this.channels.view, dataset, spec, spec);
  }

  /** Derive the comparison; asked again only when what `deriveCompare` reads changes. */
  requestCompare(dataset: Dataset, spec: ViewSpec): void {
    this.request(this.channels.compare, dataset, spec, `${rankingKey(spec)}\u0000${compareInputsKey(spec)}`);
  }

  /** Stops the workers (a new client starts them again on the next request). */
  dispose(): void {
    for (const ch of Object.values(this.channels)) {
      ch.worker?.terminate();
      ch.worker = null;
      ch.latest = null;
    }
    if (this.slowTimer !== null) clearTimeout(this.slowTimer);
  }

  private request(ch: Channel, dataset: Dataset, spec: ViewSpec, key: unknown): void {
    if (this.snapshot.failed !== null) return;
    const last = ch.latest;
    if (last && last.dataset === dataset && (last.spec === spec || last.key === key)) return;
    const seq = ++this.seq;
    // The wait is counted from the first request not answered yet, so a drag shows it too.
    if (!ComputeClient.waits(ch)) ch.since = performance.now();
    ch.latest = { seq, dataset, spec, key };
    this.watchSlow();
    ch.chain = ch.chain
      .then(async () => {
        if (ch.latest?.seq !== seq) return; // superseded before it was sent
        const worker = await this.ensure(ch, dataset, spec);
        if (ch.latest?.seq !== seq) return;
        ch.posted.set(seq, { dataset, spec });
        worker.postMessage({ type: 'derive', seq, datasetId: dataset.id, spec, want: ch.role });
      })
      .catch((err: unknown) => this.fail(err instanceof Error ? err.message : String(err)));
  }

  /** The channel's worker, holding `dataset` with every numeric column and the category columns `spec` uses. */
  private async ensure(ch: Channel, dataset: Dataset, spec: ViewSpec): Promise<WorkerLike> {
    if (!ch.worker) {
      const worker = this.makeWorker(ch.role);
      worker.onmessage = (e) => this.receive(ch, e.data);
      worker.onerror = (e) => {
        e.preventDefault?.();
        this.fail(e.message || 'the compute worker stopped');
      };
      ch.worker = worker;
      ch.unpacker.reset();
      ch.sentDataset = null;
    }
    const worker = ch.worker;
    if (ch.sentDataset !== dataset) {
      ch.sentDataset = dataset;
      ch.sentColumns = new Set();
      worker.postMessage({
        type: 'dataset',
        id: dataset.id,
        rowCount: dataset.rowCount,
        card: dataset.card,
        ...(dataset.labelKey !== undefined ? { labelKey: dataset.labelKey } : {}),
        columnKeys: dataset.columns.map((c) => c.spec.key),
      });
    }
    // One column per task: cloning a column of a million numbers takes a few milliseconds.
    const send = (column: SentColumn) => {
      worker.postMessage({ type: 'column', datasetId: dataset.id, column });
      ch.sentColumns.add(column.spec.key);
    };
    for (const c of dataset.columns) {
      if (c.kind !== 'number' || ch.sentColumns.has(c.spec.key)) continue;
      send({ kind: 'number', spec: c.spec, values: c.values });
      await nextTask();
    }
    for (const key of [spec.group, spec.runColumn]) {
      const c: Column | undefined = key === null ? undefined : dataset.byKey.get(key);
      if (!c || c.kind === 'number' || ch.sentColumns.has(c.spec.key)) continue;
      const { codes, names } = await encode(c.values);
      if (ch.sentDataset !== dataset) break;
      send({ kind: c.kind, spec: c.spec, codes, names });
    }
    return worker;
  }

  private receive(ch: Channel, reply: ComputeReply): void {
    const sent = ch.posted.get(reply.seq);
    for (const seq of ch.posted.keys()) if (seq <= reply.seq) ch.posted.delete(seq);
    if (reply.type === 'error') {
      if (ch.latest?.seq === reply.seq) this.fail(reply.message);
      return;
    }
    // Every message is unpacked, taken or not: the next one may refer to what it held.
    ch.unpacker.begin();
    let value: unknown;
    try {
      value = ch.unpacker.unpack(reply.type === 'view' ? reply.view : reply.compare);
      ch.unpacker.end();
    } catch (err) {
      this.fail(err instanceof Error ? err.message : String(err));
      return;
    }
    ch.answered = Math.max(ch.answered, reply.seq);
    if (!sent || ch.latest?.seq !== reply.seq) {
      this.update({});
      return;
    }
    const { dataset, spec } = sent;
    if (reply.type === 'view') {
      this.update({ view: { dataset, spec, seq: reply.seq, value: this.withAxes(value as SentView, dataset, spec), point: reply.point } });
    } else {
      noteAutoCompareGroups(dataset, spec, value as CompareView | null);
      this.update({ compare: { dataset, spec, seq: reply.seq, value: value as CompareView | null } });
    }
  }

  /** The sent view with the page's own x and y arrays; the same object while neither changes. */
  private withAxes(sent: SentView, dataset: Dataset, spec: ViewSpec): DerivedView {
    const withColumns = withDerived(dataset, spec.derived);
    const x = axisValues(withColumns, spec.x);
    const y = axisValues(withColumns, spec.y);
    const known = this.views.get(sent);
    if (known && known.x === x && known.y === y) return known;
    const view: DerivedView = { ...sent, x, y };
    this.views.set(sent, view);
    return view;
  }

  private static waits(ch: Channel): boolean {
    return ch.latest !== null && ch.answered < ch.latest.seq;
  }

  private waiting(): boolean {
    return Object.values(this.channels).some(ComputeClient.waits);
  }

  /** Turns `computing` on once some channel has waited `slowMs` for its newest answer. */
  private watchSlow(): void {
    if (this.slowTimer !== null) return;
    const since = Math.min(...Object.values(this.channels).map((ch) => (ComputeClient.waits(ch) ? ch.since : Infinity)));
    if (since === Infinity) return;
    const due = since + this.slowMs - performance.now();
    if (due <= 0) {
      if (!this.snapshot.computing) this.set({ ...this.snapshot, computing: true });
      return;
    }
    this.slowTimer = setTimeout(() => {
      this.slowTimer = null;
      this.watchSlow();
    }, due);
  }

  private update(patch: Partial<ComputeSnapshot>): void {
    const computing = this.snapshot.computing && this.waiting();
    this.set({ ...this.snapshot, ...patch, computing });
  }

  private set(next: ComputeSnapshot): void {
    const prev = this.snapshot;
    if (next.view === prev.view && next.compare === prev.compare && next.computing === prev.computing && next.failed === prev.failed) return;
    this.snapshot = next;
    for (const listener of this.listeners) listener();
  }

  private fail(message: string): void {
    if (this.snapshot.failed !== null) return;
    for (const ch of Object.values(this.channels)) {
      ch.worker?.terminate();
      ch.worker = null;
      ch.latest = null;
    }
    this.set({ ...this.snapshot, computing: false, failed: message });
    for (const listener of this.errorListeners) listener(message);
  }
}
