import type { Diagnostic } from '../diagnostics';
import { buildCluster } from '../model/build-cluster';
import type { ClusterSettings } from '../model/types';
import type { FindingCode } from './codes';
import { diagnoseCluster } from './diagnose-cluster';
import { locatorForText } from './locate-in-text';

/**
 * Builders of real manifest text for the tests of this folder: every test goes through buildCluster,
 * the way users' text does. Kept out of *.test.ts so that several test files share them.
 */
export function findings(text: string, settings: Partial<ClusterSettings> = {}): Diagnostic[] {
  return diagnoseCluster(buildCluster(text, settings), { locate: locatorForText(text) });
}

export function findingsOf(code: FindingCode, text: string, settings: Partial<ClusterSettings> = {}): Diagnostic[] {
  return findings(text, settings).filter((d) => d.code === code);
}

const flow = (labels: Readonly<Record<string, string>>): string =>
  `{${Object.entries(labels)
    .map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`)
    .join(', ')}}`;

export interface DeploymentOptions {
  readonly namespace?: string;
  readonly replicas?: number;
  readonly kind?: 'Deployment' | 'StatefulSet' | 'DaemonSet';
  /** YAML flow list of container ports, e.g. `[{containerPort: 8080, name: http}]`. */
  readonly ports?: string;
  readonly metaLabels?: Readonly<Record<string, string>>;
  readonly extraSpec?: string;
  readonly podSpec?: string;
}

export function deployment(name: string, labels: Readonly<Record<string, string>>, o: DeploymentOptions = {}): string {
  return `---
apiVersion: apps/v1
kind: ${o.kind ?? 'Deployment'}
metadata:
  name: ${name}${o.namespace ? `\n  namespace: ${o.namespace}` : ''}${o.metaLabels ? `\n  labels: ${flow(o.metaLabels)}` : ''}
spec:${o.kind === 'DaemonSet' ? '' : `\n  replicas: ${o.replicas ?? 2}`}${o.extraSpec ? `\n${o.extraSpec}` : ''}
  selector:
    matchLabels: ${flow(labels)}
  template:
    metadata:
      labels: ${flow(labels)}
    spec:${o.podSpec ? `\n${o.podSpec}` : ''}
      containers:
      - name: ${name}
        image: example/${name}:1${o.ports ? `\n        ports: ${o.ports}` : ''}
`;
}

export interface ServiceOptions {
  readonly namespace?: string;
  /** YAML flow list of ports; default one port 80 → 8080. */
  readonly ports?: string;
  readonly extraSpec?: string;
}

export function service(name: string, selector: Readonly<Record<string, string>> | undefined, o: ServiceOptions = {}): string {
  return `---
apiVersion: v1
kind: Service
metadata:
  name: ${name}${o.namespace ? `\n  namespace: ${o.namespace}` : ''}
spec:${selector ? `\n  selector: ${flow(selector)}` : ''}
  ports: ${o.ports ?? '[{port: 80, targetPort: 8080}]'}${o.extraSpec ? `\n${o.extraSpec}` : ''}
`;
}

/** The line (1-based) of the first line of `text` containing `needle`, after the line containing `after`. */
export function lineOf(text: string, needle: string, after = ''): number {
  const lines = text.split('\n');
  const start = after === '' ? 0 : lines.findIndex((l) => l.includes(after));
  const i = lines.findIndex((l, n) => n >= start && l.includes(needle));
  return i + 1;
}
