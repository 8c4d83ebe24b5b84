import { describe, expect, it } from 'vitest';
import { buildCluster } from '../model/build-cluster';
import { myappClusterIP } from '../../examples/myapp-clusterip';
import { ageSeconds, CLUSTER_AGE_SECONDS, creationTimestamp, humanDuration, lastOrder } from './age';

describe('humanDuration (the AGE column)', () => {
  it('prints the ages seen in real kubectl output', () => {
    expect(humanDuration(6)).toBe('6s');
    expect(humanDuration(119)).toBe('119s');
    expect(humanDuration(2 * 60 + 23)).toBe('2m23s');
    expect(humanDuration(7 * 60 + 22)).toBe('7m22s');
    expect(humanDuration(5 * 60)).toBe('5m');
    expect(humanDuration(13 * 60 + 40)).toBe('13m');
    expect(humanDuration(82 * 60)).toBe('82m');
    expect(humanDuration(3 * 3600 + 5 * 60)).toBe('3h5m');
    expect(humanDuration(17 * 3600 + 59 * 60)).toBe('17h');
    expect(humanDuration(3 * 86400 + 4 * 3600)).toBe('3d4h');
    expect(humanDuration(42 * 86400)).toBe('42d');
    expect(humanDuration(3 * 365 * 86400)).toBe('3y');
    expect(humanDuration(-5)).toBe('<invalid>');
  });
});

describe('simulated ages', () => {
  const cluster = buildCluster(myappClusterIP);
  const last = lastOrder(cluster);

  it('makes the last object of the text five minutes old and each earlier one a minute older', () => {
    const service = cluster.services.find((s) => s.meta.name === 'myapp');
    const deployment = cluster.workloads.find((w) => w.meta.name === 'myapp');
    expect(service && ageSeconds(service.meta, last)).toBe(5 * 60);
    expect(deployment && ageSeconds(deployment.meta, last)).toBe(6 * 60);
  });

  it('gives what every cluster has the cluster age, and pods the age of their workload', () => {
    const kubernetes = cluster.services.find((s) => s.meta.name === 'kubernetes');
    expect(kubernetes && ageSeconds(kubernetes.meta, last)).toBe(CLUSTER_AGE_SECONDS);
    const pod = cluster.pods.find((p) => p.workload?.name === 'myapp');
    expect(pod && ageSeconds(pod.meta, last)).toBe(6 * 60);
  });

  it('writes creationTimestamp so that it agrees with the age', () => {
    const service = cluster.services.find((s) => s.meta.name === 'myapp');
    expect(service && creationTimestamp(service.meta, last)).toBe('2025-01-06T08:55:00Z');
  });
});
