import { describe, expect, it } from 'vitest';
import { buildCluster } from '../build-cluster';
import type { Service } from '../types';

/** A Service named `web` with the given spec lines (written as in a file, indented by two). */
function serviceYaml(spec: string, name = 'web', annotations = ''): string {
  const indented = spec
    .trim()
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');
  return `apiVersion: v1\nkind: Service\nmetadata:\n  name: ${name}\n${annotations}spec:\n${indented}\n`;
}

function apply(spec: string, name = 'web', annotations = ''): { service: Service | undefined; errors: string[]; codes: string[] } {
  const cluster = buildCluster(serviceYaml(spec, name, annotations));
  return {
    service: cluster.services.find((s) => s.meta.name === name && !s.meta.system),
    errors: cluster.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message),
    codes: cluster.diagnostics.map((d) => d.code),
  };
}

const invalid = (what: string, name = 'web'): string => `The Service "${name}" is invalid: ${what}`;

describe('Service defaults (SetDefaults_Service)', () => {
  it('a bare Service is ClusterIP, TCP, targetPort = port, sessionAffinity None, internalTrafficPolicy Cluster', () => {
    const { service, errors } = apply('selector: {app: web}\nports:\n- port: 80');
    expect(errors).toEqual([]);
    expect(service).toMatchObject({
      type: 'ClusterIP',
      ports: [{ name: '', protocol: 'TCP', port: 80, targetPort: 80, nodePort: 0 }],
      sessionAffinity: 'None',
      internalTrafficPolicy: 'Cluster',
      healthCheckNodePort: 0,
      allocateLoadBalancerNodePorts: false,
      publishNotReadyAddresses: false,
    });
    expect(service?.externalTrafficPolicy).toBeUndefined();
  });

  it('targetPort 0 or "" also becomes the port', () => {
    const { service } = apply('ports:\n- {name: a, port: 80, targetPort: 0}\n- {name: b, port: 81, targetPort: ""}');
    expect(service?.ports.map((p) => p.targetPort)).toEqual([80, 81]);
  });

  it('a named targetPort is kept as a name', () => {
    expect(apply('ports:\n- {port: 80, targetPort: http}').service?.ports[0]?.targetPort).toBe('http');
  });

  it('sessionAffinity ClientIP without a timeout gets 10800 seconds', () => {
    const { service } = apply('sessionAffinity: ClientIP\nports:\n- port: 80');
    expect(service).toMatchObject({
      sessionAffinity: 'ClientIP',
      sessionAffinityTimeoutSeconds: 10800,
    });
  });

  it('externalTrafficPolicy defaults to Cluster only for NodePort and LoadBalancer', () => {
    expect(apply('type: NodePort\nports:\n- port: 80').service?.externalTrafficPolicy).toBe('Cluster');
    expect(apply('type: LoadBalancer\nports:\n- port: 80').service?.externalTrafficPolicy).toBe('Cluster');
    expect(apply('ports:\n- port: 80').service?.externalTrafficPolicy).toBeUndefined();
  });

  it('LoadBalancer gets allocateLoadBalancerNodePorts: true', () => {
    expect(apply('type: LoadBalancer\nports:\n- port: 80').service?.allocateLoadBalancerNodePorts).toBe(true);
  });
});

describe('Service name', () => {
  it('must be a DNS-1035 label: starts with a letter, lower case, at most 63 characters', () => {
    for (const name of ['1web', 'Web', 'web.app', 'web_app', 'web-', `a${'b'.repeat(63)}`]) {
      const { service, errors } = apply('ports:\n- port: 80', name);
      expect(service, name).toBeUndefined();
      expect(errors[0], name).toContain(invalid(`metadata.name: Invalid value: "${name}"`, name));
    }
    expect(apply('ports:\n- port: 80', 'web-1').errors).toEqual([]);
    expect(apply('ports:\n- port: 80', `a${'b'.repeat(62)}`).errors).toEqual([]);
  });

  it('says why, in the API server words', () => {
    expect(apply('ports:\n- port: 80', '1web').errors[0]).toContain(
      "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character",
    );
  });
});

describe('Service ports', () => {
  it('are required unless the Service is headless or ExternalName', () => {
    expect(apply('selector: {app: web}').errors).toEqual([invalid('spec.ports: Required value')]);
    expect(apply('clusterIP: None\nselector: {app: web}').errors).toEqual([]);
    expect(apply('type: ExternalName\nexternalName: db.example.com').errors).toEqual([]);
  });

  it('must each be named when there is more than one: spec.ports[1].name: Required value, at that port', () => {
    const cluster = buildCluster(serviceYaml('ports:\n- name: http\n  port: 80\n- port: 443'));
    const d = cluster.diagnostics.find((x) => x.code === 'SERVICE_INVALID');
    expect(d?.message).toBe(invalid('spec.ports[1].name: Required value'));
    expect(d).toMatchObject({
      field: 'spec.ports[1].name',
      line: 9,
      column: 5,
    });
    expect(cluster.services.find((s) => s.meta.name === 'web')).toBeUndefined();
  });

  it('may stay unnamed when there is only one', () => {
    expect(apply('ports:\n- port: 80').errors).toEqual([]);
  });

  it('must have unique names', () => {
    expect(apply('ports:\n- {name: http, port: 80}\n- {name: http, port: 81}').errors).toEqual([invalid('spec.ports[1].name: Duplicate value: "http"')]);
  });

  it('must have DNS-1123 label names', () => {
    for (const name of ['HTTP', 'http_1', '-http', 'http-', 'a.b', 'x'.repeat(64)])
      expect(apply(`ports:\n- {name: "${name}", port: 80}`).errors[0], name).toContain(invalid(`spec.ports[0].name: Invalid value: "${name}"`));
    expect(apply('ports:\n- {name: 8080-tcp, port: 80}').errors).toEqual([]);
  });

  it('must be between 1 and 65535, port and numeric targetPort alike', () => {
    expect(apply('ports:\n- port: 0').errors).toContain(invalid('spec.ports[0].port: Invalid value: 0: must be between 1 and 65535, inclusive'));
    expect(apply('ports:\n- port: 65536').errors).toContain(invalid('spec.ports[0].port: Invalid value: 65536: must be between 1 and 65535, inclusive'));
    expect(apply('ports:\n- {port: 80, targetPort: 70000}').errors).toEqual([
      invalid('spec.ports[0].targetPort: Invalid value: 70000: must be between 1 and 65535, inclusive'),
    ]);
    expect(apply('ports:\n- {port: 65535, targetPort: 1}').errors).toEqual([]);
  });

  it('need a port number', () => {
    expect(apply('ports:\n- {name: http, targetPort: 8080}').errors).toContain(invalid('spec.ports[0].port: Required value'));
  });

  it('take TCP, UDP and SCTP, in upper case', () => {
    expect(apply('ports:\n- {name: a, port: 53, protocol: UDP}\n- {name: b, port: 53, protocol: TCP}\n- {name: c, port: 9, protocol: SCTP}').errors).toEqual(
      [],
    );
    const { errors, codes } = apply('ports:\n- {port: 80, protocol: tcp}');
    expect(codes).toContain('PROTOCOL_INVALID');
    expect(errors[0]).toBe('spec.ports[0].protocol: Unsupported value: "tcp": supported values: "SCTP", "TCP", "UDP".');
  });

  it('may not repeat the same port and protocol, but may share a number across protocols', () => {
    expect(apply('ports:\n- {name: a, port: 80}\n- {name: b, port: 80}').errors).toEqual([
      invalid('spec.ports[1]: Duplicate value: core.ServicePort{Name:"b", Protocol:"TCP", Port:80}'),
    ]);
    expect(apply('ports:\n- {name: dns, port: 53, protocol: UDP}\n- {name: dns-tcp, port: 53, protocol: TCP}').errors).toEqual([]);
  });

  it('may not repeat a nodePort on the same protocol', () => {
    const { errors } = apply('type: NodePort\nports:\n- {name: a, port: 80, nodePort: 30080}\n- {name: b, port: 443, nodePort: 30080}');
    expect(errors).toEqual([invalid('spec.ports[1]: Duplicate value: core.ServicePort{Name:"b", Protocol:"TCP", Port:443, NodePort:30080}')]);
  });

  it('may not set nodePort on a ClusterIP Service', () => {
    expect(apply('ports:\n- {port: 80, nodePort: 30080}').errors).toEqual([
      invalid("spec.ports[0].nodePort: Forbidden: may not be used when `type` is 'ClusterIP'"),
    ]);
  });

  it('may not expose 10250, the kubelet port, on a LoadBalancer', () => {
    expect(apply('type: LoadBalancer\nports:\n- port: 10250').errors).toEqual([
      invalid('spec.ports[0].port: Invalid value: 10250: may not expose port 10250 externally since it is used by kubelet'),
    ]);
    expect(apply('type: NodePort\nports:\n- port: 10250').errors).toEqual([]);
  });
});

describe('named targetPorts (IANA_SVC_NAME)', () => {
  const targetPortErrors = (name: string): string[] => apply(`ports:\n- {port: 80, targetPort: "${name}"}`).errors;

  it('accept lower-case names of at most 15 characters with a letter', () => {
    for (const name of ['http', 'metrics', 'web-8080', 'a23456789012345']) expect(targetPortErrors(name), name).toEqual([]);
  });

  it('refuse more than 15 characters', () => {
    expect(targetPortErrors('http-web-server-1')).toEqual([
      invalid('spec.ports[0].targetPort: Invalid value: "http-web-server-1": must be no more than 15 characters'),
    ]);
  });

  it('refuse a name without a letter (a quoted number is a name, not a number)', () => {
    expect(targetPortErrors('8080')).toEqual([invalid('spec.ports[0].targetPort: Invalid value: "8080": must contain at least one letter (a-z)')]);
  });

  it('refuse upper case, underscores, double and edge hyphens', () => {
    expect(targetPortErrors('HTTP')[0]).toContain('must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)');
    expect(targetPortErrors('my_port')[0]).toContain('must contain only alpha-numeric characters');
    expect(targetPortErrors('my--port')[0]).toContain('must not contain consecutive hyphens');
    expect(targetPortErrors('-http')[0]).toContain('must not begin or end with a hyphen');
  });
});

describe('Service type and clusterIP', () => {
  it('type must be one of the four', () => {
    expect(apply('type: Ingress\nports:\n- port: 80').errors).toEqual([
      invalid('spec.type: Unsupported value: "Ingress": supported values: "ClusterIP", "ExternalName", "LoadBalancer", "NodePort"'),
    ]);
  });

  it('clusterIP None (headless) is not allowed for NodePort or LoadBalancer', () => {
    expect(apply('type: NodePort\nclusterIP: None\nports:\n- port: 80').errors).toEqual([
      invalid(`spec.clusterIP: Invalid value: "None": may not be set to 'None' for NodePort services`),
    ]);
    expect(apply('type: LoadBalancer\nclusterIP: None\nports:\n- port: 80').errors).toEqual([
      invalid(`spec.clusterIP: Invalid value: "None": may not be set to 'None' for LoadBalancer services`),
    ]);
  });

  it('a headless Service keeps clusterIP None', () => {
    expect(apply('clusterIP: None\nselector: {app: web}\nports:\n- port: 80').service?.clusterIP).toBe('None');
  });

  it('clusterIP must be an IP', () => {
    expect(apply('clusterIP: 10.96.0.300\nports:\n- port: 80').errors).toEqual([
      invalid('spec.clusterIP: Invalid value: "10.96.0.300": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)'),
    ]);
  });

  it('clusterIPs[0] must match clusterIP', () => {
    expect(apply('clusterIP: 10.96.5.5\nclusterIPs: [10.96.5.6]\nports:\n- port: 80').errors[0]).toContain('spec.clusterIPs: Invalid value');
  });
});

describe('ExternalName Services', () => {
  it('need an externalName', () => {
    expect(apply('type: ExternalName').errors).toEqual([invalid('spec.externalName: Required value')]);
  });

  it('take a DNS-1123 subdomain, with one trailing dot allowed', () => {
    expect(apply('type: ExternalName\nexternalName: db.example.com.').service?.externalName).toBe('db.example.com.');
    expect(apply('type: ExternalName\nexternalName: db.example.com..').errors[0]).toContain('spec.externalName: Invalid value: "db.example.com.."');
    expect(apply('type: ExternalName\nexternalName: DB.example.com').errors[0]).toContain('a lowercase RFC 1123 subdomain');
    expect(apply('type: ExternalName\nexternalName: db_1.example.com').errors).toHaveLength(1);
  });

  it('may not have a clusterIP, not even None', () => {
    expect(apply('type: ExternalName\nexternalName: db.example.com\nclusterIP: 10.96.1.1').errors).toEqual([
      invalid('spec.clusterIP: Forbidden: may not be set for ExternalName services'),
    ]);
    expect(apply('type: ExternalName\nexternalName: db.example.com\nclusterIP: None').errors).toEqual([
      invalid('spec.clusterIP: Forbidden: may not be set for ExternalName services'),
    ]);
  });

  it('have no clusterIP and no selector, even if one is written', () => {
    const { service } = apply('type: ExternalName\nexternalName: db.example.com\nselector: {app: db}');
    expect(service).toMatchObject({
      type: 'ExternalName',
      clusterIP: '',
      selector: undefined,
    });
    expect(service?.internalTrafficPolicy).toBeUndefined();
  });

  it('may not set ipFamilies', () => {
    expect(apply('type: ExternalName\nexternalName: db.example.com\nipFamilies: [IPv4]').errors).toEqual([
      invalid('spec.ipFamilies: Forbidden: may not be set for ExternalName services'),
    ]);
  });
});

describe('session affinity', () => {
  it('accepts a ClientIP timeout of exactly 86400 seconds', () => {
    const { service, errors } = apply('sessionAffinity: ClientIP\nsessionAffinityConfig:\n  clientIP:\n    timeoutSeconds: 86400\nports:\n- port: 80');
    expect(errors).toEqual([]);
    expect(service?.sessionAffinityTimeoutSeconds).toBe(86400);
  });

  it('refuses 0 and more than 86400 seconds', () => {
    for (const t of [0, -5, 86401])
      expect(apply(`sessionAffinity: ClientIP\nsessionAffinityConfig:\n  clientIP:\n    timeoutSeconds: ${t}\nports:\n- port: 80`).errors, String(t)).toEqual([
        invalid(`spec.sessionAffinityConfig.clientIP.timeoutSeconds: Invalid value: ${t}: must be greater than 0 and less than 86400`),
      ]);
  });

  it('only knows None and ClientIP', () => {
    expect(apply('sessionAffinity: Cookie\nports:\n- port: 80').errors).toEqual([
      invalid('spec.sessionAffinity: Unsupported value: "Cookie": supported values: "ClientIP", "None"'),
    ]);
  });

  it('warns that sessionAffinityConfig is dropped when affinity is None', () => {
    const { service, codes, errors } = apply('sessionAffinityConfig:\n  clientIP:\n    timeoutSeconds: 60\nports:\n- port: 80');
    expect(errors).toEqual([]);
    expect(codes).toEqual(['SESSION_AFFINITY_CONFIG_IGNORED']);
    expect(service?.sessionAffinity).toBe('None');
  });
});

describe('traffic policies and LoadBalancer-only fields', () => {
  it('externalTrafficPolicy may only be set on NodePort and LoadBalancer', () => {
    expect(apply('externalTrafficPolicy: Local\nports:\n- port: 80').errors).toEqual([
      invalid("spec.externalTrafficPolicy: Invalid value: \"Local\": may only be set when `type` is 'NodePort' or 'LoadBalancer'"),
    ]);
    expect(apply('type: NodePort\nexternalTrafficPolicy: Local\nports:\n- port: 80').service?.externalTrafficPolicy).toBe('Local');
  });

  it('traffic policies are Cluster or Local', () => {
    expect(apply('type: NodePort\nexternalTrafficPolicy: Nearest\nports:\n- port: 80').errors).toEqual([
      invalid('spec.externalTrafficPolicy: Unsupported value: "Nearest": supported values: "Cluster", "Local"'),
    ]);
    expect(apply('internalTrafficPolicy: Local\nports:\n- port: 80').service?.internalTrafficPolicy).toBe('Local');
  });

  it('healthCheckNodePort is only for LoadBalancer with externalTrafficPolicy Local', () => {
    const message = invalid(
      "spec.healthCheckNodePort: Invalid value: 30500: may only be set when `type` is 'LoadBalancer' and `externalTrafficPolicy` is 'Local'",
    );
    expect(apply('type: NodePort\nexternalTrafficPolicy: Local\nhealthCheckNodePort: 30500\nports:\n- port: 80').errors).toEqual([message]);
    expect(apply('type: LoadBalancer\nhealthCheckNodePort: 30500\nports:\n- port: 80').errors).toEqual([message]);
    const ok = apply('type: LoadBalancer\nexternalTrafficPolicy: Local\nhealthCheckNodePort: 30500\nports:\n- port: 80');
    expect(ok.errors).toEqual([]);
    expect(ok.service?.healthCheckNodePort).toBe(30500);
  });

  it('loadBalancerSourceRanges are only for LoadBalancer, and must be CIDRs', () => {
    expect(apply('type: NodePort\nloadBalancerSourceRanges: [10.0.0.0/8]\nports:\n- port: 80').errors).toEqual([
      invalid("spec.loadBalancerSourceRanges: Forbidden: may only be used when `type` is 'LoadBalancer'"),
    ]);
    expect(apply('type: LoadBalancer\nloadBalancerSourceRanges: [10.0.0.0/8, 203.0.113.0/24]\nports:\n- port: 80').service?.loadBalancerSourceRanges).toEqual([
      '10.0.0.0/8',
      '203.0.113.0/24',
    ]);
    expect(apply('type: LoadBalancer\nloadBalancerSourceRanges: [10.0.0.0]\nports:\n- port: 80').errors).toEqual([
      invalid('spec.loadBalancerSourceRanges[0]: Invalid value: "10.0.0.0": must be a list of IP ranges. For example, 10.240.0.0/24,10.250.0.0/24'),
    ]);
  });

  it('the source-ranges annotation counts too, with spaces trimmed', () => {
    const annotation = '  annotations:\n    service.beta.kubernetes.io/load-balancer-source-ranges: " 10.0.0.0/8 , 192.168.0.0/16"\n';
    expect(apply('type: LoadBalancer\nports:\n- port: 80', 'web', annotation).service?.loadBalancerSourceRanges).toEqual(['10.0.0.0/8', '192.168.0.0/16']);
    expect(apply('ports:\n- port: 80', 'web', annotation).errors[0]).toContain("may only be used when `type` is 'LoadBalancer'");
  });

  it('allocateLoadBalancerNodePorts is only for LoadBalancer', () => {
    expect(apply('type: NodePort\nallocateLoadBalancerNodePorts: false\nports:\n- port: 80').errors).toEqual([
      invalid("spec.allocateLoadBalancerNodePorts: Forbidden: may only be used when `type` is 'LoadBalancer'"),
    ]);
  });
});

describe('externalIPs and selectors', () => {
  it('externalIPs may not be unspecified, loopback, link-local or link-local multicast', () => {
    const cases: [string, string][] = [
      ['0.0.0.0', 'may not be unspecified'],
      ['127.0.0.1', 'may not be in the loopback range (127.0.0.0/8, ::1/128)'],
      ['169.254.10.1', 'may not be in the link-local range (169.254.0.0/16, fe80::/10)'],
      ['224.0.0.5', 'may not be in the link-local multicast range (224.0.0.0/24, ff02::/10)'],
      ['example.com', 'must be a valid IP address'],
    ];
    for (const [ip, why] of cases) {
      const { errors } = apply(`externalIPs: ["${ip}"]\nports:\n- port: 80`);
      expect(errors, ip).toHaveLength(1);
      expect(errors[0], ip).toContain(`spec.externalIPs[0]: Invalid value: "${ip}": ${why}`);
    }
    expect(apply('externalIPs: [192.0.2.10, 224.0.1.1]\nports:\n- port: 80').service?.externalIPs).toEqual(['192.0.2.10', '224.0.1.1']);
  });

  it('selector values must be valid label values', () => {
    expect(apply('selector: {app: "my app"}\nports:\n- port: 80').errors[0]).toContain(invalid('spec.selector.app: Invalid value: "my app"'));
    expect(apply('selector: {"-app": web}\nports:\n- port: 80').errors[0]).toContain(invalid('spec.selector: Invalid value: "-app"'));
  });

  it('a __proto__ selector key is an invalid label key, not an empty selector that selects everything', () => {
    const { service, errors } = apply('selector: {__proto__: web}\nports:\n- port: 80');
    expect(errors[0]).toContain('spec.selector: Invalid value: "__proto__"');
    expect(service).toBeUndefined();
  });

  it('no selector and an empty selector are different things', () => {
    expect(apply('ports:\n- port: 80').service?.selector).toBeUndefined();
    expect(apply('selector: {}\nports:\n- port: 80').service?.selector).toEqual({});
  });
});

describe('invalid Services', () => {
  it('are not created, as the API server refuses them, while the rest of the text still is', () => {
    const text = `${serviceYaml('ports:\n- port: 0', 'broken')}---\n${serviceYaml('ports:\n- port: 80', 'fine')}`;
    const names = buildCluster(text).services.map((s) => s.meta.name);
    expect(names).toContain('fine');
    expect(names).not.toContain('broken');
  });
});
