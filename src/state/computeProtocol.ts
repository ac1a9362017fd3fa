/**
 * The messages between the compute client (computeClient.ts, main thread) and the compute worker
 * (workers/compute.worker.ts), and the packing both sides agree on.
 *
 * A dataset crosses once: its numeric columns as they are (structured clone copies them; the page keeps
 * its own arrays, which the chart draws from), its category columns dictionary-encoded (codes + names,
 * which clone far faster than a million strings) and only when a view needs them (group or run column).
 * Then every request carries the ViewSpec and a sequence number; the worker answers with the DerivedView
 * (without x and y: the client puts the page's own arrays back), the selected row's PointDecision, or the
 * CompareView.
 *
 * Packing keeps identities: the worker's derivation is memoized, so a weight change returns the same
 * `status` and `frontRows` objects as before. An object the worker sent in its previous message goes
 * back as `{ $ref: id }` and the client answers it with the object it already holds, so what did not
 * change keeps its identity on the page too (charts and memos compare by identity), and is not copied
 * again. New typed arrays are copied in the worker and their copies transferred (the worker's memoized
 * originals stay usable).
 */
import type { ColumnSpec, DatasetCard } from '../data/types';
import type { CompareView } from './compareTypes';
import type { PointDecision } from './decisionTypes';
import type { DerivedView } from './derive';
import type { ViewSpec } from './viewSpec';

/** A column as it crosses to the worker. */
export type SentColumn =
  | { kind: 'number'; spec: ColumnSpec; values: Float64Array }
  | { kind: 'category' | 'text'; spec: ColumnSpec; codes: Int32Array; names: string[] };

export type ComputeRequest =
  /** A new dataset: forget the previous one. Columns follow in `column` messages. */
  | { type: 'dataset'; id: string; rowCount: number; card: DatasetCard; labelKey?: string; columnKeys: string[] }
  | { type: 'column'; datasetId: string; column: SentColumn }
  /** Derive the view (and the selected row's decision) or the comparison for `spec`. */
  | { type: 'derive'; seq: number; datasetId: string; spec: ViewSpec; want: 'view' | 'compare' };

/** A packed value: an object sent before (`$ref`) or a new one tagged with its id (`$id`). */
export type Packed = { $ref: number } | { $id: number; value: unknown } | string | number | boolean | null | undefined;

export type ComputeReply =
  | { type: 'view'; seq: number; view: Packed; point: PointDecision | null; ms: number }
  | { type: 'compare'; seq: number; compare: Packed; ms: number }
  | { type: 'error'; seq: number; message: string };

/** The DerivedView as the worker sends it: without the axis arrays. */
export type SentView = Omit<DerivedView, 'x' | 'y'>;
export type { CompareView };

const isTyped = (v: unknown): v is ArrayBufferView => ArrayBuffer.isView(v);

/**
 * The worker's side: packs values field by field (two levels deep, enough for DerivedView.decision),
 * referring to objects sent in the previous message by id. One packer per worker; `pack` calls for one
 * message share a `begin()`/`end()` bracket.
 */
export class Packer {
  private previous = new Map<object, number>();
  private current = new Map<object, number>();
  private nextId = 1;
  /** The objects packed field by field inside each object, so a `$ref` to it keeps them held too. */
  private children = new WeakMap<object, object[]>();

  begin(): void {
    this.current = new Map();
  }

  /** Packs `value`; new typed arrays are copied and their buffers added to `transfer`. */
  pack(value: unknown, transfer: Transferable[], depth = 2): Packed {
    if (value === null || typeof value !== 'object') return value as Packed;
    const known = this.previous.get(value) ?? this.current.get(value);
    if (known !== undefined) {
      this.hold(value, known);
      return { $ref: known };
    }
    const id = this.nextId++;
    this.current.set(value, id);
    if (isTyped(value)) {
      const copy = (value as unknown as { slice(): ArrayBufferView }).slice();
      transfer.push(copy.buffer as ArrayBuffer);
      return { $id: id, value: copy };
    }
    if (depth > 0 && !Array.isArray(value)) {
      const out: Record<string, Packed> = {};
      const inner: object[] = [];
      for (const [k, v] of Object.entries(value)) {
        out[k] = this.pack(v, transfer, depth - 1);
        if (v !== null && typeof v === 'object') inner.push(v);
      }
      this.children.set(value, inner);
      return { $id: id, value: { $fields: out } };
    }
    return { $id: id, value };
  }

  private hold(value: object, id: number): void {
    this.current.set(value, id);
    for (const child of this.children.get(value) ?? []) {
      const childId = this.previous.get(child) ?? this.current.get(child);
      if (childId !== undefined) this.hold(child, childId);
    }
  }

  /** Ends a message: what it sent is what the client holds now. */
  end(): void {
    this.previous = this.current;
  }

  /** The client lost what it held (a new worker, a new dataset): send everything again. */
  reset(): void {
    this.previous = new Map();
    this.current = new Map();
  }
}

/** The client's side: resolves `$ref`s against what the previous message held. */
export class Unpacker {
  private held = new Map<number, unknown>();
  private current = new Map<number, unknown>();
  private children = new Map<number, number[]>();

  begin(): void {
    this.current = new Map();
  }

  unpack(packed: Packed): unknown {
    if (packed === null || typeof packed !== 'object') return packed;
    if ('$ref' in packed) {
      if (!this.held.has(packed.$ref) && !this.current.has(packed.$ref)) throw new Error(`compute worker referred to an unknown object (${packed.$ref})`);
      this.hold(packed.$ref);
      return this.current.get(packed.$ref);
    }
    let value = packed.value;
    const fields = value !== null && typeof value === 'object' && '$fields' in value ? (value as { $fields: Record<string, Packed> }).$fields : null;
    if (fields) {
      value = Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, this.unpack(v)]));
      const ids = Object.values(fields).flatMap((v) => (v !== null && typeof v === 'object' ? ['$ref' in v ? v.$ref : v.$id] : []));
      this.children.set(packed.$id, ids);
    }
    this.current.set(packed.$id, value);
    return value;
  }

  private hold(id: number): void {
    if (this.current.has(id)) return;
    this.current.set(id, this.held.get(id));
    for (const child of this.children.get(id) ?? []) this.hold(child);
  }

  end(): void {
    this.held = this.current;
    for (const id of [...this.children.keys()]) if (!this.held.has(id)) this.children.delete(id);
  }

  reset(): void {
    this.held = new Map();
    this.current = new Map();
    this.children = new Map();
  }
}
