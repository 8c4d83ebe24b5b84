import { describe, expect, it } from 'vitest';
import { applyManifestEdit } from './apply-edit';
import { summarizeEdit } from './summarize-edit';

const SERVICE = `apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  type: NodePort
  selector:
    app: web
  ports:
  - port: 80
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
      - name: web
        image: nginx
`;

function done(edit: Parameters<typeof applyManifestEdit>[1]) {
  const result = applyManifestEdit(SERVICE, edit);
  if (!result.ok) throw new Error(result.error);
  return result;
}

describe('what an edit did', () => {
  it('comes as data beside the English summary, which is worded from it', () => {
    const scaled = done({ type: 'scale', kind: 'Deployment', namespace: 'default', name: 'web', replicas: 4 });
    expect(scaled.done).toEqual({ type: 'scaled', kind: 'Deployment', name: 'web', fromReplicas: null, toReplicas: 4 });
    expect(scaled.summary).toBe('Deployment web scaled from 1 (default) to 4 replicas');
    expect(summarizeEdit(scaled.done)).toBe(scaled.summary);
  });

  it('names the Service and the field it changed', () => {
    const local = done({ type: 'set-service-field', namespace: 'default', name: 'web', field: 'externalTrafficPolicy', value: 'Local' });
    expect(local.done).toEqual({ type: 'service-field', namespace: 'default', name: 'web', field: 'externalTrafficPolicy', value: 'Local' });
    expect(local.summary).toBe('Service default/web: externalTrafficPolicy Local');
    const type = done({ type: 'set-service-field', namespace: 'default', name: 'web', field: 'type', value: 'ClusterIP' });
    expect(type.done).toEqual({ type: 'service-type', namespace: 'default', name: 'web', serviceType: 'ClusterIP' });
    expect(type.summary).toBe('Service default/web is now type ClusterIP');
    const selector = done({ type: 'set-selector', namespace: 'default', name: 'web', selector: { app: 'web', tier: 'front' } });
    expect(selector.summary).toBe('Service default/web selects app=web,tier=front');
    expect(done({ type: 'set-selector', namespace: 'default', name: 'web', selector: {} }).summary).toBe('Service default/web has no selector');
  });

  it('says where a generated pod’s state was written: on the workload that made it', () => {
    const unready = done({ type: 'pod-ready', namespace: 'default', name: 'web-1', ready: false, owner: { kind: 'Deployment', name: 'web' } });
    expect(unready.done).toEqual({ type: 'pod-ready', name: 'web-1', ready: false, writtenOn: { kind: 'Deployment', name: 'web' } });
    expect(unready.summary).toBe('Pod web-1 is not Ready (annotation on Deployment web)');
    const deleted = done({ type: 'pod-delete', namespace: 'default', name: 'web-1', owner: { kind: 'Deployment', name: 'web' } });
    expect(deleted.summary).toBe('Pod web-1 deleted: Terminating while Deployment web starts a replacement');
  });
});
