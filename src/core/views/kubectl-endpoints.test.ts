import { describe, expect, it } from 'vitest';
import { myappClusterIP } from '../../examples/myapp-clusterip';
import { buildCluster } from '../model/build-cluster';
import type { Endpoints, EndpointSlice } from '../model/types';
import { formatEndpoints, formatEndpointSlicesForPort, kubectlGetEndpointSlices, kubectlGetEndpoints } from './kubectl-endpoints';
import { printTable } from './kubectl-table';
import { parseTable } from './test-tables';
import { GET_ENDPOINTS } from './test-seeds';

const meta = { name: 'web', namespace: 'default', uid: 'u', labels: {}, annotations: {}, source: { order: 0 }, system: false };
const address = (ip: string) => ({ ip });
const endpoints = (ready: string[], notReady: string[] = [], ports = [{ name: '', port: 8080, protocol: 'TCP' as const }]): Endpoints => ({
  meta,
  managed: true,
  subsets: [{ addresses: ready.map(address), notReadyAddresses: notReady.map(address), ports }],
});
const slice = (ips: { ip: string; ready: boolean }[], ports = [{ name: '', port: 8080, protocol: 'TCP' as const }]): EndpointSlice => ({
  meta: { ...meta, name: 'web-abcde' },
  serviceName: 'web',
  addressType: 'IPv4',
  ports,
  endpoints: ips.map(({ ip, ready }) => ({ addresses: [ip], conditions: { ready, serving: ready, terminating: false } })),
  managed: true,
});

describe('kubectl get endpoints', () => {
  it('lays out real kubectl output exactly', () => {
    const { headers, rows } = parseTable(GET_ENDPOINTS);
    expect(printTable(headers, rows)).toBe(GET_ENDPOINTS);
  });

  it('prints the myapp Endpoints with the seed columns: ready address:port pairs', () => {
    const cluster = buildCluster(myappClusterIP);
    const myapp = cluster.endpoints.filter((e) => e.meta.name === 'myapp');
    const table = parseTable(kubectlGetEndpoints(cluster, myapp));
    expect(table.headers).toEqual(parseTable(GET_ENDPOINTS).headers);
    expect(table.records[0]?.['ENDPOINTS']).toMatch(/^10\.244\.\d+\.\d+:8080(,10\.244\.\d+\.\d+:8080){2}$/);
    expect(table.records[0]?.['AGE']).toBe('5m');
  });

  it('lists three addresses then "+ N more...", leaves out unready ones, and says <none> without subsets', () => {
    expect(formatEndpoints(endpoints(['10.0.0.1', '10.0.0.2', '10.0.0.3', '10.0.0.4', '10.0.0.5'], ['10.0.0.9']))).toBe(
      '10.0.0.1:8080,10.0.0.2:8080,10.0.0.3:8080 + 2 more...',
    );
    expect(formatEndpoints(endpoints([], ['10.0.0.9']))).toBe('');
    expect(formatEndpoints({ meta, managed: true, subsets: [] })).toBe('<none>');
    expect(formatEndpoints(endpoints(['10.0.0.1'], [], []))).toBe('10.0.0.1');
  });
});

describe('describe svc Endpoints (from EndpointSlices)', () => {
  it('lists ready endpoints of the named port, three at most', () => {
    const ips = ['10.0.0.1', '10.0.0.2', '10.0.0.3', '10.0.0.4'].map((ip) => ({ ip, ready: true }));
    expect(formatEndpointSlicesForPort([slice(ips)], '')).toBe('10.0.0.1:8080,10.0.0.2:8080,10.0.0.3:8080 + 1 more...');
    expect(formatEndpointSlicesForPort([slice([{ ip: '10.0.0.1', ready: false }])], '')).toBe('');
    expect(formatEndpointSlicesForPort([slice(ips, [{ name: 'http', port: 80, protocol: 'TCP' }])], 'metrics')).toBe('');
    expect(formatEndpointSlicesForPort([], '')).toBe('<none>');
  });
});

describe('kubectl get endpointslices', () => {
  it('prints NAME ADDRESSTYPE PORTS ENDPOINTS AGE with every address, ready or not', () => {
    const cluster = buildCluster(myappClusterIP);
    const s = slice([
      { ip: '10.0.0.1', ready: true },
      { ip: '10.0.0.2', ready: false },
      { ip: '10.0.0.3', ready: true },
      { ip: '10.0.0.4', ready: true },
    ]);
    const table = parseTable(kubectlGetEndpointSlices(cluster, [s]));
    expect(table.headers).toEqual(['NAME', 'ADDRESSTYPE', 'PORTS', 'ENDPOINTS', 'AGE']);
    expect(table.records[0]).toMatchObject({ NAME: 'web-abcde', ADDRESSTYPE: 'IPv4', PORTS: '8080', ENDPOINTS: '10.0.0.1,10.0.0.2,10.0.0.3 + 1 more...' });
  });

  it('says <unset> for a placeholder slice with no ports and no endpoints', () => {
    const cluster = buildCluster(myappClusterIP);
    const table = parseTable(kubectlGetEndpointSlices(cluster, [slice([], [])]));
    expect(table.records[0]).toMatchObject({ PORTS: '<unset>', ENDPOINTS: '<unset>' });
  });
});
