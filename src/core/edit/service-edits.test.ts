import { describe, expect, it } from 'vitest';
import { myappClusterIP } from '../../examples/myapp-clusterip';
import { nginxNodePort } from '../../examples/nginx-nodeport';
import { applyManifestEdit } from './apply-edit';
import { LIST_DUMP, clusterOf, edited, lineDiff } from './test-fixtures';
import type { ManifestEdit } from './types';

const myapp = { namespace: 'default', name: 'myapp' } as const;
const nginx = { namespace: 'default', name: 'my-nginx-app' } as const;
const service = (text: string, name: string) => clusterOf(text).cluster.services.find((s) => s.meta.name === name);

describe('changing a Service in the text', () => {
  it('NodePort: the type line changes and the cluster gives the Service a nodePort', () => {
    const after = edited(myappClusterIP, { type: 'set-service-field', ...myapp, field: 'type', value: 'NodePort' });
    expect(lineDiff(myappClusterIP, after)).toEqual({ removed: ['  type: ClusterIP'], added: ['  type: NodePort'] });
    const svc = service(after, 'myapp');
    expect(svc?.type).toBe('NodePort');
    expect(svc?.ports[0]?.nodePort).toBeGreaterThanOrEqual(30000);
  });

  it('back to ClusterIP: the nodePort and externalTrafficPolicy the API server would refuse are removed', () => {
    const text = nginxNodePort.replace('  type: NodePort\n', '  type: NodePort\n  externalTrafficPolicy: Local # keep client IPs\n');
    const after = edited(text, { type: 'set-service-field', ...nginx, field: 'type', value: 'ClusterIP' });
    expect(after).not.toContain('nodePort');
    expect(after).not.toContain('externalTrafficPolicy');
    expect(after).toContain('  ports:\n  - port: 80\n    targetPort: 80\n');
    expect(clusterOf(after).errors).toEqual([]);
    expect(service(after, 'my-nginx-app')?.type).toBe('ClusterIP');
  });

  it('LoadBalancer + Local, then Cluster: healthCheckNodePort goes with Local', () => {
    const lb = edited(nginxNodePort, { type: 'set-service-field', ...nginx, field: 'type', value: 'LoadBalancer' });
    const local = edited(lb, { type: 'set-service-field', ...nginx, field: 'externalTrafficPolicy', value: 'Local' });
    expect(service(local, 'my-nginx-app')?.externalTrafficPolicy).toBe('Local');
    const pinned = local.replace('  externalTrafficPolicy: Local\n', '  externalTrafficPolicy: Local\n  healthCheckNodePort: 31999\n');
    const cluster = edited(pinned, { type: 'set-service-field', ...nginx, field: 'externalTrafficPolicy', value: 'Cluster' });
    expect(cluster).not.toContain('healthCheckNodePort');
    expect(clusterOf(cluster).errors).toEqual([]);
  });

  it('refuses externalTrafficPolicy on a ClusterIP Service and says what to do', () => {
    const result = applyManifestEdit(myappClusterIP, { type: 'set-service-field', ...myapp, field: 'externalTrafficPolicy', value: 'Local' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/only to NodePort and LoadBalancer.*Change its type first/);
  });

  it('refuses to give a headless Service a node port: its clusterIP cannot change', () => {
    const headless = myappClusterIP.replace(/clusterIP: [\d.]+/, 'clusterIP: None');
    expect(headless).toContain('clusterIP: None');
    expect(applyManifestEdit(headless, { type: 'set-service-field', ...myapp, field: 'type', value: 'NodePort' }).ok).toBe(false);
  });

  it('adds sessionAffinity as the first key of spec, keeping the rest', () => {
    const after = edited(myappClusterIP, { type: 'set-service-field', ...myapp, field: 'sessionAffinity', value: 'ClientIP' });
    expect(lineDiff(myappClusterIP, after)).toEqual({ removed: [], added: ['  sessionAffinity: ClientIP'] });
    expect(service(after, 'myapp')?.sessionAffinity).toBe('ClientIP');
  });

  it('edits the Service inside a List dump in place', () => {
    const after = edited(LIST_DUMP, { type: 'set-service-field', namespace: 'shop', name: 'web', field: 'sessionAffinity', value: 'ClientIP' });
    expect(lineDiff(LIST_DUMP, after)).toEqual({ removed: ['    sessionAffinity: None'], added: ['    sessionAffinity: ClientIP'] });
  });
});

describe('editing a Service selector', () => {
  const typo = myappClusterIP.replace('  selector:\n    app: myapp\n  type', '  selector:\n    app: myap # typo\n  type');
  const select = (selector: Record<string, string>): ManifestEdit => ({ type: 'set-selector', ...myapp, selector });

  it('fixing a typo changes the value and keeps the comment beside it', () => {
    const after = edited(typo, select({ app: 'myapp' }));
    expect(lineDiff(typo, after)).toEqual({ removed: ['    app: myap # typo'], added: ['    app: myapp # typo'] });
    expect(clusterOf(after).cluster.endpoints.find((e) => e.meta.name === 'myapp')?.subsets[0]?.addresses).toHaveLength(3);
  });

  it('adds and removes keys one by one', () => {
    const added = edited(myappClusterIP, select({ app: 'myapp', version: 'v1' }));
    expect(lineDiff(myappClusterIP, added)).toEqual({ removed: [], added: ['    version: v1'] });
    const removed = edited(added, select({ version: 'v1' }));
    expect(removed).toContain('  selector:\n    version: v1\n  type: ClusterIP');
  });

  it('an empty selector removes the field: a Service whose Endpoints are written by hand', () => {
    const after = edited(myappClusterIP, select({}));
    expect(after).not.toContain('selector:\n    app');
    expect(after).toContain('    targetPort: 8080\n  type: ClusterIP');
  });

  it('quotes values YAML would read as something else', () => {
    const after = edited(myappClusterIP, select({ app: 'myapp', enabled: 'true', release: '1.10' }));
    expect(after).toContain('    release: "1.10"\n    enabled: "true"\n    app: myapp');
    expect(service(after, 'myapp')?.selector).toEqual({ app: 'myapp', enabled: 'true', release: '1.10' });
  });

  it('writes a selector into a flow mapping as flow', () => {
    const flow = myappClusterIP.replace('  selector:\n    app: myapp\n', '  selector: {app: myapp}\n');
    const after = edited(flow, select({ app: 'myapp', tier: 'web' }));
    expect(after).toContain('  selector: {tier: web, app: myapp}\n');
  });
});
