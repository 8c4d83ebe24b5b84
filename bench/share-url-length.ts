import { performance } from 'node:perf_hooks';
import { EXAMPLES, DEFAULT_EXAMPLE_ID } from '../src/examples/index';
import { decodeScenario, MAX_SHARE_URL_LENGTH, SCENARIO_VERSION, shareUrlFor, type Scenario } from '../src/share/index';
import { generateDump } from './generate-dump';

/**
 * `npx tsx bench/share-url-length.ts`: how long share URLs get. Prints the URL length for the default
 * example and for 200-object manifests (hand-written style, and a `kubectl get -o yaml` style dump), and
 * how long encoding and decoding take. The base URL is a typical deployment address.
 */
const BASE = 'https://svcscope.dev/';

/** 200 objects as people write them: 100 Deployments, each with its Service, in block YAML. */
function handWritten(pairs: number): string {
  const docs: string[] = [];
  for (let i = 0; i < pairs; i++) {
    const name = `${['web', 'api', 'auth', 'cart', 'search'][i % 5] ?? 'app'}-${i}`;
    docs.push(`apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
  namespace: team-${i % 8}
  labels:
    app: ${name}
spec:
  replicas: ${1 + (i % 4)}
  selector:
    matchLabels:
      app: ${name}
  template:
    metadata:
      labels:
        app: ${name}
    spec:
      containers:
      - name: ${name}
        image: registry.example.com/${name}:1.${i % 17}.${i % 5}
        ports:
        - name: http
          containerPort: ${8000 + (i % 100)}
---
apiVersion: v1
kind: Service
metadata:
  name: ${name}
  namespace: team-${i % 8}
spec:
  type: ${i % 10 === 0 ? 'NodePort' : 'ClusterIP'}
  selector:
    app: ${name}
  ports:
  - name: http
    port: 80
    targetPort: http`);
  }
  return `${docs.join('\n---\n')}\n`;
}

async function report(label: string, scenario: Scenario): Promise<void> {
  const bytes = new TextEncoder().encode(scenario.manifests).byteLength;
  const start = performance.now();
  const result = await shareUrlFor(BASE, scenario);
  const encodeMs = performance.now() - start;
  const length = result.ok ? result.length : result.reason === 'too-long' ? result.length : Number.NaN;
  let decodeMs = Number.NaN;
  if (result.ok) {
    const t = performance.now();
    const back = await decodeScenario(result.url);
    decodeMs = performance.now() - t;
    if (!back.ok) throw new Error(`${label}: ${back.reason}`);
  }
  const verdict = result.ok ? 'fits' : `${result.reason}: offer a file`;
  console.log(
    `${label.padEnd(54)} ${(bytes / 1024).toFixed(1).padStart(7)} KiB text → URL ${String(length).padStart(6)} chars (${(bytes / length).toFixed(1)}× smaller) ${verdict}; encode ${encodeMs.toFixed(1)} ms, decode ${Number.isNaN(decodeMs) ? '—' : `${decodeMs.toFixed(1)} ms`}`,
  );
}

const example = EXAMPLES.find((e) => e.id === DEFAULT_EXAMPLE_ID);
if (!example) throw new Error(`no example ${DEFAULT_EXAMPLE_ID}`);
const scenario = (manifests: string, extra: Partial<Scenario> = {}): Scenario => ({ v: SCENARIO_VERSION, manifests, settings: {}, seed: 1, ...extra });

console.log(`svcscope share links — Node ${process.version}, base ${BASE}, limit ${MAX_SHARE_URL_LENGTH} chars`);
await report(
  `default example (${example.id}) + request + view`,
  scenario(example.manifests, {
    exampleId: example.id,
    settings: example.settings ?? {},
    ...(example.suggestedRequest ? { request: example.suggestedRequest } : {}),
    view: { zoom: 1, x: 0, y: 0, selected: 'service/default/myapp' },
  }),
);
for (const e of EXAMPLES) if (e.id !== example.id) await report(`example ${e.id}`, scenario(e.manifests, { exampleId: e.id }));
await report('200 objects, hand-written (100 Deployment + Service)', scenario(handWritten(100)));
await report('200 objects, kubectl get -o yaml style dump', scenario(generateDump({ objects: 200, nodes: 5 })));
