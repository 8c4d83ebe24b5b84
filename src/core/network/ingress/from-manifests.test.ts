import { describe, expect, it } from 'vitest';
import { buildCluster } from '../../model/build-cluster';
import { matchIngress } from './match';
import { validateIngresses } from './validate';

const APP = `
apiVersion: v1
kind: Service
metadata: {name: web}
spec:
  selector: {app: web}
  ports: [{name: http, port: 80, targetPort: 8080}]
---
apiVersion: v1
kind: Service
metadata: {name: api}
spec:
  selector: {app: api}
  ports: [{port: 8080}]
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: {name: shop}
spec:
  tls: [{hosts: [shop.example.com], secretName: shop-tls}]
  rules:
  - host: shop.example.com
    http:
      paths:
      - {path: /, pathType: Prefix, backend: {service: {name: web, port: {name: http}}}}
      - {path: /api, pathType: Prefix, backend: {service: {name: api, port: {number: 8080}}}}
`;

describe('Ingress routing from manifests', () => {
  it('routes by host and path to the Service port', () => {
    const cluster = buildCluster(APP);
    const api = matchIngress(cluster, { host: 'shop.example.com', path: '/api/orders?page=2', scheme: 'https' });
    expect(api.route).toMatchObject({ type: 'path', path: '/api', backend: { serviceName: 'api', servicePort: { port: 8080 } } });
    expect(api.tls).toMatchObject({ configured: true, secretName: 'shop-tls' });
    const web = matchIngress(cluster, { host: 'shop.example.com', path: '/apix' });
    expect(web.route).toMatchObject({ type: 'path', path: '/', backend: { serviceName: 'web', servicePort: { name: 'http', port: 80 } } });
    expect(web.tls.redirectToHttps).toBe(true);
    expect(matchIngress(cluster, { host: 'other.example.com', path: '/' }).route.type).toBe('controller-default-backend');
  });

  it('does not serve an Ingress whose host is an IP, and reports it', () => {
    const cluster = buildCluster(`${APP}\n---\n${APP.split('---').pop()?.replace('name: shop}', 'name: byip}').replace('host: shop.example.com', 'host: 192.0.2.7')}`);
    expect(validateIngresses(cluster).map((d) => d.code)).toEqual(['INGRESS_HOST_IS_IP']);
    const m = matchIngress(cluster, { host: '192.0.2.7', path: '/' });
    expect(m.ingresses.find((i) => i.ingress.name === 'byip')?.served).toBe(false);
    expect(m.route.type).toBe('controller-default-backend');
  });
});
