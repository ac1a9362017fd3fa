/**
 * The compute worker run in-process for tests: each message is structured-cloned (with its transfer
 * list, as postMessage does) and handled on a later task by the real handler, and so are the replies.
 * `hold()` keeps replies back until `release()`, to test answers that arrive late or out of turn.
 */
import { mulberry32 } from '../../core/testing/arbitraries';
import type { Dataset } from '../../data/types';
import { createComputeHandler } from '../../workers/computeHandler';
import { ComputeClient, type Role, type WorkerLike } from '../computeClient';
import type { ComputeReply, ComputeRequest } from '../computeProtocol';
import { fakeDataset } from './fakeDataset';

export class InProcessWorker implements WorkerLike {
  onmessage: ((e: MessageEvent<ComputeReply>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  terminated = false;
  received: ComputeRequest[] = [];
  private held: ComputeReply[] | null = null;
  private readonly handle = createComputeHandler((reply, transfer) => {
    const data = structuredClone(reply, transfer ? { transfer } : undefined);
    if (this.held) this.held.push(data);
    else setTimeout(() => this.deliver(data), 0);
  });

  constructor(readonly role: Role) {}

  postMessage(message: ComputeRequest, transfer?: Transferable[]): void {
    if (this.terminated) return;
    const copy = structuredClone(message, transfer ? { transfer } : undefined);
    this.received.push(copy);
    setTimeout(() => !this.terminated && this.handle(copy), 0);
  }

  terminate(): void {
    this.terminated = true;
  }

  hold(): void {
    this.held ??= [];
  }

  /** Delivers the held replies (in `order` of their indices when given) and stops holding. */
  release(order?: number[]): void {
    const held = this.held ?? [];
    this.held = null;
    for (const i of order ?? held.map((_, k) => k)) this.deliver(held[i]);
  }

  heldCount(): number {
    return this.held?.length ?? 0;
  }

  private deliver(data: ComputeReply): void {
    if (!this.terminated) this.onmessage?.({ data } as MessageEvent<ComputeReply>);
  }
}

/** A client whose workers run in-process; `workers` lists them as they are made. */
export function inProcessClient(slowMs?: number): { client: ComputeClient; workers: InProcessWorker[] } {
  const workers: InProcessWorker[] = [];
  const client = new ComputeClient((role) => {
    const w = new InProcessWorker(role);
    workers.push(w);
    return w;
  }, slowMs);
  return { client, workers };
}

/**
 * A seeded synthetic table (labelled as such): accuracy (max) rising with cost and latency (min) plus
 * noise, a few missing values, a family group column and a seed column.
 */
export function syntheticRuns(rows: number, seed = 20261203): Dataset {
  const rand = mulberry32(seed);
  const families = ['alpha', 'beta', 'gamma', 'delta', ''];
  const acc: number[] = [];
  const cost: number[] = [];
  const latency: number[] = [];
  const family: string[] = [];
  const run: string[] = [];
  for (let i = 0; i < rows; i++) {
    const c = rand() * 100;
    const l = rand() * 1000;
    cost.push(rand() < 0.01 ? NaN : c);
    latency.push(l);
    acc.push(Math.min(99.9, 40 + (30 * Math.log10(1 + c)) / 2 + 0.02 * l + rand() * 15));
    family.push(families[Math.floor(rand() * families.length)]);
    run.push(`seed${Math.floor(rand() * 3)}`);
  }
  return fakeDataset({
    id: `synthetic-runs-${rows}`,
    defaults: { x: 'cost', y: 'accuracy', group: 'family', color: 'front' },
    columns: [
      { key: 'family', values: family },
      { key: 'run', values: run },
      { key: 'accuracy', role: 'objective', sense: 'max', values: acc },
      { key: 'cost', role: 'objective', sense: 'min', values: cost },
      { key: 'latency', role: 'objective', sense: 'min', values: latency },
    ],
  });
}
