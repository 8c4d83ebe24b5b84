/// <reference lib="webworker" />
import { failedReply, isRequest } from '../protocol';
import { handleMessage } from './handle-message';
import { prepareLayoutEngine } from './layout';

const scope = self as unknown as DedicatedWorkerGlobalScope;

// Building ELK makes its bundled code claim `self.onmessage` for its own protocol. Build it first, clear
// that claim, and listen with addEventListener so a later claim could not silence us either.
prepareLayoutEngine();
scope.onmessage = null;

scope.addEventListener('message', (event: MessageEvent<unknown>) => {
  const message = event.data;
  if (!isRequest(message)) {
    scope.postMessage(failedReply(-1, 'The worker received a message that is not a svcscope request.'));
    return;
  }
  void handleMessage(message).then((reply) => scope.postMessage(reply));
});
