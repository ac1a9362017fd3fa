import { afterEach, describe, expect, it } from 'vitest';
import * as actions from './actions';
import { autoCompareGroups, compareInputsKey, deriveCompare, noteAutoCompareGroups } from './compare';
import type { ComputeClient, ComputeSnapshot } from './computeClient';
import { defaultSpec } from './defaults';
import { deriveView, pointDecision, rankingKey, type DerivedView } from './derive';
import { inProcessClient, syntheticRuns } from './testing/computeWorker';
import { createComputeHandler } from '../workers/computeHandler';
import type { ViewSpec } from './viewSpec';

const ds = syntheticRuns(3000);

/** Resolves with the snapshot once `test` holds (the in-process worker answers on later tasks). */
function until(client: ComputeClient, test: (s: ComputeSnapshot) => boolean, ms = 5000): Promise<ComputeSnapshot> {
  return new Promise((resolve, reject) => {
    if (test(client.getSnapshot())) return resolve(client.getSnapshot());
    const timer = setTimeout(() => {
      stop();
      reject(new Error('no such snapshot in time'));
    }, ms);
    const stop = client.subscribe(() => {
      if (!test(client.getSnapshot())) return;
      clearTimeout(timer);
      stop();
      resolve(client.getSnapshot());
    });
  });
}

const viewFor = (client: ComputeClient, spec: ViewSpec) => until(client, (s) => s.view?.spec === spec).then((s) => s.view!);
/** The comparison is asked again only when what it reads changes: wait for one computed for such a spec. */
const compareKey = (spec: ViewSpec) => rankingKey(spec) + compareInputsKey(spec);
const compareFor = (client: ComputeClient, spec: ViewSpec) =>
  until(client, (s) => s.compare !== null && compareKey(s.compare.spec) === compareKey(spec)).then((s) => s.compare!);

/** What a chart reads of a view, comparable across threads. */
function essentials(v: DerivedView) {
  const { x: _x, y: _y, ...rest } = v;
  return rest;
}

let clients: ComputeClient[] = [];
afterEach(() => {
  clients.forEach((c) => c.dispose());
  clients = [];
});
function make(slowMs?: number) {
  const made = inProcessClient(slowMs);
  clients.push(made.client);
  return made;
}

describe('the compute client (worker run in-process)', () => {
  it('gives exactly the DerivedView, PointDecision and CompareView of the page, for a run of interactions', async () => {
    const { client } = make();
    let spec = defaultSpec(ds);
    const steps: ((s: ViewSpec) => ViewSpec)[] = [
      (s) => s,
      (s) => actions.setSense(s, ds, 'latency', 'max').spec,
      (s) => actions.setX(s, ds, 'latency').spec,
      (s) => actions.setWeight(s, ds, 'cost', 0.3).spec,
      (s) => actions.setMethod(s, ds, 'chebyshev').spec,
      (s) => actions.addConstraint(s, ds, { column: 'cost', op: '<=', value: 60 }).spec,
      (s) => actions.setColor(s, ds, 'rank').spec,
      (s) => actions.toggleGroup(s, ds, 'beta').spec,
      (s) => actions.setRunColumn(s, ds, 'run').spec,
      (s) => actions.addDerived(s, ds, { key: 'cpa', formula: 'cost / accuracy', sense: 'min' }).spec,
    ];
    for (const step of steps) {
      spec = step(spec);
      const sync = deriveView(ds, spec);
      spec = actions.setSelected(spec, ds, sync.frontRows[Math.floor(sync.frontRows.length / 2)]).spec;
      client.requestView(ds, spec);
      client.requestCompare(ds, spec);
      const view = await viewFor(client, spec);
      const compare = await compareFor(client, spec);
      const expected = deriveView(ds, spec);
      expect(view.dataset).toBe(ds);
      expect(essentials(view.value)).toEqual(essentials(expected));
      expect(view.value.frontRows.length).toBeGreaterThan(0);
      // The axes are the page's own arrays, never copies.
      expect(view.value.x).toBe(expected.x);
      expect(view.value.y).toBe(expected.y);
      expect(view.point).toEqual(pointDecision(ds, spec, spec.selected!));
      expect(compare.value).toEqual(deriveCompare(ds, spec, expected));
    }
    expect(spec.constraints).toHaveLength(1);
    expect(client.getSnapshot().view?.value.ranks).not.toBeNull();
    expect(client.getSnapshot().compare?.value?.runs).not.toBeNull();
  });

  it('tells the automatic compared groups to the toggle without deriving the view on the page', async () => {
    const { client } = make();
    const big = syntheticRuns(2500, 99);
    const spec = defaultSpec(big);
    client.requestCompare(big, spec);
    const compare = (await compareFor(client, spec)).value!;
    expect(compare.auto).toBe(true);
    const first = compare.names[compare.compared[0]];
    const toggled = actions.toggleCompareGroup(spec, big, first).spec;
    expect(toggled.compareGroups).toEqual(compare.compared.slice(1).map((g) => compare.names[g]));
    // The answer comes from the note the client took, not from a derivation on the page: a note that
    // says otherwise is believed (while the ranking is the same).
    noteAutoCompareGroups(big, spec, { ...compare, compared: [...compare.compared].reverse() });
    expect(autoCompareGroups(big, spec)).toEqual([...compare.compared].reverse().map((g) => compare.names[g]));
    const other = actions.setSense(spec, big, 'cost', 'max').spec;
    expect(autoCompareGroups(big, other)).toEqual(deriveCompare(big, other, deriveView(big, other))!.compared.map((g) => compare.names[g]));
  });

  it('keeps the identity of what did not change (a weight change keeps the front and status arrays)', async () => {
    const { client, workers } = make();
    const spec = defaultSpec(ds);
    client.requestView(ds, spec);
    const first = (await viewFor(client, spec)).value;
    const weighted = actions.setWeight(spec, ds, 'cost', 0.2).spec;
    client.requestView(ds, weighted);
    const second = (await viewFor(client, weighted)).value;
    expect(second.status).toBe(first.status);
    expect(second.frontRows).toBe(first.frontRows);
    expect(second.groupCodes).toBe(first.groupCodes);
    expect(second.decision.unsupported).toBe(first.decision.unsupported);
    expect(second.decision.scores).not.toBe(first.decision.scores);
    // A scale change derives nothing new: the very same view object comes back.
    const log = { ...weighted, yScale: 'log' as const };
    client.requestView(ds, log);
    expect((await viewFor(client, log)).value).toBe(second);
    // The dataset crossed once: one dataset message, one message per numeric column, the group column once.
    const view = workers.find((w) => w.role === 'view')!;
    expect(view.received.filter((m) => m.type === 'dataset')).toHaveLength(1);
    expect(view.received.filter((m) => m.type === 'column').map((m) => m.type === 'column' && m.column.spec.key)).toEqual(['accuracy', 'cost', 'latency', 'family', 'run']);
  });

  it('takes only the newest request: an older answer arriving late is dropped, never drawn', async () => {
    const { client, workers } = make();
    const a = defaultSpec(ds);
    client.requestView(ds, a);
    await viewFor(client, a);
    const worker = workers[0];
    worker.hold();
    const b = actions.setSense(a, ds, 'latency', 'max').spec;
    client.requestView(ds, b);
    await until(client, () => worker.heldCount() === 1);
    const c = actions.setSense(b, ds, 'cost', 'max').spec;
    client.requestView(ds, c);
    const seen: (ViewSpec | undefined)[] = [];
    client.subscribe(() => seen.push(client.getSnapshot().view?.spec));
    await new Promise((r) => setTimeout(r, 50));
    expect(worker.heldCount()).toBe(2);
    // The newer answer first, then the stale one: the stale one must not replace it.
    worker.release([1, 0]);
    expect(client.getSnapshot().view?.spec).toBe(c);
    expect(seen).not.toContain(b);
    expect(client.getSnapshot().view?.value.frontRows).toEqual(deriveView(ds, c).frontRows);
  });

  it('skips requests superseded while the worker was busy', async () => {
    const { client, workers } = make();
    let spec = defaultSpec(ds);
    const specs: ViewSpec[] = [];
    for (let i = 0; i < 6; i++) {
      spec = actions.setWeight(spec, ds, 'cost', 0.1 * (i + 1)).spec;
      specs.push(spec);
      client.requestView(ds, spec);
    }
    const got = await viewFor(client, specs[5]);
    expect(got.value.decision.best).toBe(deriveView(ds, specs[5]).decision.best);
    const derives = workers[0].received.filter((m) => m.type === 'derive');
    expect(derives.length).toBeLessThan(6);
    expect(derives.at(-1)).toMatchObject({ type: 'derive', spec: specs[5] });
  });

  it('says it is computing only when an answer takes longer than slowMs', async () => {
    const { client, workers } = make(30);
    const spec = defaultSpec(ds);
    client.requestView(ds, spec);
    await viewFor(client, spec);
    expect(client.getSnapshot().computing).toBe(false);
    workers[0].hold();
    const next = actions.setSense(spec, ds, 'cost', 'max').spec;
    client.requestView(ds, next);
    await until(client, (s) => s.computing);
    expect(client.getSnapshot().view?.spec).toBe(spec); // the previous view stays meanwhile
    workers[0].release();
    const done = await until(client, (s) => s.view?.spec === next);
    expect(done.computing).toBe(false);
  });

  it('gives up the workers on an error, with a clear reason, and keeps the last view', async () => {
    const { client, workers } = make();
    const reasons: string[] = [];
    client.onFailure((m) => reasons.push(m));
    const spec = defaultSpec(ds);
    client.requestView(ds, spec);
    await viewFor(client, spec);
    const next = actions.setSense(spec, ds, 'cost', 'max').spec;
    workers[0].hold();
    workers[0].onmessage?.({ data: { type: 'error', seq: 999, message: 'ignored: not the newest' } } as MessageEvent);
    expect(reasons).toEqual([]);
    client.requestView(ds, next);
    const latest = (client as unknown as { channels: { view: { latest: { seq: number } } } }).channels.view.latest.seq;
    workers[0].onmessage?.({ data: { type: 'error', seq: latest, message: 'out of memory' } } as MessageEvent);
    const failed = await until(client, (s) => s.failed !== null);
    expect(failed.failed).toBe('out of memory');
    expect(reasons).toEqual(['out of memory']);
    expect(failed.view?.spec).toBe(spec);
    expect(workers[0].terminated).toBe(true);
  });

  it('the worker answers an error for a request it cannot serve', async () => {
    const replies: unknown[] = [];
    const handle = createComputeHandler((r) => replies.push(r), (run) => run());
    handle({ type: 'derive', seq: 7, datasetId: 'never-sent', spec: defaultSpec(ds), want: 'view' });
    expect(replies).toEqual([{ type: 'error', seq: 7, message: expect.stringMatching(/never-sent was not sent/) }]);
  });

  it('a crashed worker fails the client too', async () => {
    const { client, workers } = make();
    client.requestView(ds, defaultSpec(ds));
    await until(client, () => workers.length === 1);
    workers[0].onerror?.({ message: 'Uncaught RangeError: Array buffer allocation failed', preventDefault() {} } as ErrorEvent);
    expect(client.getSnapshot().failed).toMatch(/allocation failed/);
  });
});
