import { describe, expect, it } from 'vitest';
import { deployment, findingsOf, lineOf, service } from './test-fixtures';

const backend = deployment('web', { app: 'web' }, { ports: '[{containerPort: 8080}]' }) + service('web', { app: 'web' }, { ports: '[{name: http, port: 80, targetPort: 8080}]' });
const nginxClass = `---
apiVersion: networking.k8s.io/v1
kind: IngressClass
metadata:
  name: nginx
  annotations: {ingressclass.kubernetes.io/is-default-class: "true"}
spec:
  controller: k8s.io/ingress-nginx
`;

const ingress = (o: { service?: string; port?: string; className?: string; tls?: string; host?: string } = {}): string => `---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: shop
spec:${o.className ? `\n  ingressClassName: ${o.className}` : ''}${o.tls ? `\n  tls:\n${o.tls}` : ''}
  rules:
  - host: ${o.host ?? 'shop.example.com'}
    http:
      paths:
      - path: /
        pathType: Prefix
        backend:
          service:
            name: ${o.service ?? 'web'}
            port:
              ${o.port ?? 'number: 80'}
`;

describe('INGRESS_BACKEND_SERVICE_MISSING', () => {
  it('fires for an unknown backend Service, with a typo suggestion, at the name', () => {
    const text = nginxClass + backend + ingress({ service: 'wbe' });
    const [d] = findingsOf('INGRESS_BACKEND_SERVICE_MISSING', text);
    expect(d?.message).toContain('backend Service "wbe" does not exist in namespace default');
    expect(d?.message).toContain('Did you mean web?');
    expect(d?.field).toBe('spec.rules[0].http.paths[0].backend.service.name');
    expect(d?.line).toBe(lineOf(text, 'name: wbe'));
  });

  it('says when the Service lives in another namespace', () => {
    const text = nginxClass + service('api', { app: 'api' }, { namespace: 'backend' }) + ingress({ service: 'api' });
    expect(findingsOf('INGRESS_BACKEND_SERVICE_MISSING', text)[0]?.message).toContain('A Service api exists in namespace backend');
  });

  it('does not fire for an existing Service', () => {
    expect(findingsOf('INGRESS_BACKEND_SERVICE_MISSING', nginxClass + backend + ingress())).toEqual([]);
  });
});

describe('INGRESS_BACKEND_PORT_MISSING', () => {
  it('explains a targetPort used as the backend port number', () => {
    const text = nginxClass + backend + ingress({ port: 'number: 8080' });
    const [d] = findingsOf('INGRESS_BACKEND_PORT_MISSING', text);
    expect(d?.message).toContain('has no port number 8080 (its ports: http (80))');
    expect(d?.message).toContain('8080 is the targetPort of Service port 80');
    expect(d?.hint).toBe('Use port name: http.');
    expect(d?.line).toBe(lineOf(text, 'number: 8080'));
  });

  it('fires for a port name the Service does not have', () => {
    const [d] = findingsOf('INGRESS_BACKEND_PORT_MISSING', nginxClass + backend + ingress({ port: 'name: web' }));
    expect(d?.message).toContain('has no port name "web"');
  });

  it('reads the legacy servicePort too', () => {
    const legacy = `---
apiVersion: extensions/v1beta1
kind: Ingress
metadata: {name: old}
spec:
  backend:
    serviceName: web
    servicePort: 8080
`;
    const text = nginxClass + backend + legacy;
    const [d] = findingsOf('INGRESS_BACKEND_PORT_MISSING', text);
    expect(d?.line).toBe(lineOf(text, 'servicePort: 8080'));
  });

  it('does not fire for the Service port by number or by name', () => {
    expect(findingsOf('INGRESS_BACKEND_PORT_MISSING', nginxClass + backend + ingress({ port: 'number: 80' }))).toEqual([]);
    expect(findingsOf('INGRESS_BACKEND_PORT_MISSING', nginxClass + backend + ingress({ port: 'name: http' }))).toEqual([]);
  });
});

describe('INGRESS_CLASS_MISSING and INGRESS_NO_CLASS', () => {
  it('warns about a class that no IngressClass has, suggesting the near one', () => {
    const text = nginxClass + backend + ingress({ className: 'ngnix' });
    const [d] = findingsOf('INGRESS_CLASS_MISSING', text);
    expect(d?.severity).toBe('warning');
    expect(d?.message).toContain('Did you mean nginx?');
    expect(d?.line).toBe(lineOf(text, 'ingressClassName'));
  });

  it('is only info when the text has no IngressClass at all', () => {
    const [d] = findingsOf('INGRESS_CLASS_MISSING', backend + ingress({ className: 'traefik' }));
    expect(d?.severity).toBe('info');
    expect(d?.message).toContain('names no IngressClass in the text');
  });

  it('warns about an Ingress without class when no IngressClass is default', () => {
    const noDefault = nginxClass.replace('  annotations: {ingressclass.kubernetes.io/is-default-class: "true"}\n', '');
    const [d] = findingsOf('INGRESS_NO_CLASS', noDefault + backend + ingress());
    expect(d?.severity).toBe('warning');
    expect(d?.message).toContain('no IngressClass is marked default (nginx exists)');
  });

  it('does not fire when the default class is filled in or the class exists', () => {
    expect(findingsOf('INGRESS_NO_CLASS', nginxClass + backend + ingress())).toEqual([]);
    expect(findingsOf('INGRESS_CLASS_MISSING', nginxClass + backend + ingress({ className: 'nginx' }))).toEqual([]);
  });
});

describe('INGRESS_TLS_HOST_NOT_IN_RULES', () => {
  it('fires for a TLS host no rule has, at the host', () => {
    const text = nginxClass + backend + ingress({ tls: '  - hosts: [shop.exmaple.com]\n    secretName: shop-tls' });
    const [d] = findingsOf('INGRESS_TLS_HOST_NOT_IN_RULES', text);
    expect(d?.message).toContain('TLS host shop.exmaple.com matches no rule host (shop.example.com)');
    expect(d?.message).toContain('Did you mean shop.example.com?');
    expect(d?.line).toBe(lineOf(text, 'hosts: [shop.exmaple.com]'));
  });

  it('accepts exact hosts and a wildcard certificate for a host one label deeper', () => {
    expect(findingsOf('INGRESS_TLS_HOST_NOT_IN_RULES', nginxClass + backend + ingress({ tls: '  - hosts: [shop.example.com]' }))).toEqual([]);
    expect(findingsOf('INGRESS_TLS_HOST_NOT_IN_RULES', nginxClass + backend + ingress({ tls: '  - hosts: ["*.example.com"]' }))).toEqual([]);
  });
});
