import { describe, expect, it } from 'vitest';
import { buildCluster } from '../../model/build-cluster';
import { serviceEnvVars } from './service-env';

const SERVICE = `
apiVersion: v1
kind: Service
metadata: {name: my-app}
spec:
  selector: {app: client}
  ports: [{name: http, port: 38080, targetPort: 8080}]
`;
const DEPLOYMENT = `
apiVersion: apps/v1
kind: Deployment
metadata: {name: client}
spec:
  replicas: 1
  selector: {matchLabels: {app: client}}
  template:
    metadata: {labels: {app: client}}
    spec:
      containers: [{name: c, image: busybox}]
`;

describe('service environment variables from manifests', () => {
  it('gives pods of a Deployment applied after the Service its variables', () => {
    const cluster = buildCluster(`${SERVICE}\n---\n${DEPLOYMENT}`);
    const pod = cluster.pods.find((p) => p.meta.namespace === 'default');
    const ip = cluster.services.find((s) => s.meta.name === 'my-app')?.clusterIP;
    const vars = pod ? serviceEnvVars(cluster, pod).map((v) => `${v.name}=${v.value}`) : [];
    expect(vars).toContain(`MY_APP_SERVICE_HOST=${ip}`);
    expect(vars).toContain('MY_APP_SERVICE_PORT_HTTP=38080');
    expect(vars).toContain(`MY_APP_PORT_38080_TCP=tcp://${ip}:38080`);
    expect(vars).toContain('KUBERNETES_SERVICE_HOST=10.96.0.1');
  });

  it('gives nothing of a Service applied after the Deployment', () => {
    const cluster = buildCluster(`${DEPLOYMENT}\n---\n${SERVICE}`);
    const pod = cluster.pods.find((p) => p.meta.namespace === 'default');
    const names = pod ? serviceEnvVars(cluster, pod).map((v) => v.name) : ['no pod'];
    expect(names.filter((n) => n.startsWith('MY_APP'))).toEqual([]);
    expect(names).toContain('KUBERNETES_PORT_443_TCP_ADDR');
  });
});
