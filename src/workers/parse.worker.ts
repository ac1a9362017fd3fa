/**
 * Module worker that parses imported files off the main thread (see parseHandler.ts). One request per
 * worker: the client terminates it when done or cancelled.
 */
import type { ParseReply, ParseRequest } from '../data/import/workerProtocol';
import { handleParseRequest } from './parseHandler';

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<ParseRequest>) => void) | null;
  postMessage: (reply: ParseReply, transfer?: Transferable[]) => void;
};

scope.onmessage = (e) => {
  void handleParseRequest(e.data, (reply, transfer) => scope.postMessage(reply, transfer ?? []));
};
