/**
 * Module worker that derives views of large tables off the main thread (see computeHandler.ts). The
 * client keeps two of them, one for the view and one for the comparison, so a slow comparison never
 * holds back the chart.
 */
import type { ComputeReply, ComputeRequest } from '../state/computeProtocol';
import { createComputeHandler } from './computeHandler';

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<ComputeRequest>) => void) | null;
  postMessage: (reply: ComputeReply, transfer?: Transferable[]) => void;
};

const handle = createComputeHandler((reply, transfer) => scope.postMessage(reply, transfer ?? []));
scope.onmessage = (e) => handle(e.data);
