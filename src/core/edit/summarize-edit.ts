import type { EditDone } from './types';

/** An edit's result in English Kubernetes words: the status message of the CLI and of the English UI. */
export function summarizeEdit(done: EditDone): string {
  switch (done.type) {
    case 'scaled':
      return `${done.kind} ${done.name} scaled from ${done.fromReplicas ?? '1 (default)'} to ${done.toReplicas} replicas`;
    case 'service-type':
      return `Service ${done.namespace}/${done.name} is now type ${done.serviceType}`;
    case 'service-field':
      return `Service ${done.namespace}/${done.name}: ${done.field} ${done.value}`;
    case 'selector': {
      const entries = Object.entries(done.selector);
      const name = `Service ${done.namespace}/${done.name}`;
      return entries.length === 0 ? `${name} has no selector` : `${name} selects ${entries.map(([k, v]) => `${k}=${v}`).join(',')}`;
    }
    case 'pod-ready': {
      const state = done.ready ? 'Ready' : 'not Ready';
      return done.writtenOn ? `Pod ${done.name} is ${state} (annotation on ${done.writtenOn.kind} ${done.writtenOn.name})` : `Pod ${done.name} is ${state}`;
    }
    case 'pod-deleted':
      return done.writtenOn
        ? `Pod ${done.name} deleted: Terminating while ${done.writtenOn.kind} ${done.writtenOn.name} starts a replacement`
        : `Pod ${done.name} is Terminating (deletionTimestamp set)`;
  }
}
