import { buildCluster } from '../model/build-cluster';
import type { Cluster } from '../model/types';
import { applyManifestEdit } from './apply-edit';
import type { ManifestEdit } from './types';

/** Applies an edit that must succeed and returns the new text (the test fails with the reason otherwise). */
export function edited(text: string, edit: ManifestEdit): string {
  const result = applyManifestEdit(text, edit);
  if (!result.ok) throw new Error(result.error);
  return result.text;
}

/** The cluster the edited text builds, and its diagnostics as codes, for asserting what a reader sees. */
export function clusterOf(text: string): { cluster: Cluster; errors: string[] } {
  const cluster = buildCluster(text);
  return { cluster, errors: cluster.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code}: ${d.message}`) };
}

/** Lines of `after` that are not in `before`, and the reverse: a compact view of what an edit changed. */
export function lineDiff(before: string, after: string): { added: string[]; removed: string[] } {
  const a = before.split('\n');
  const b = after.split('\n');
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  return { removed: a.slice(start, endA), added: b.slice(start, endB) };
}

/** A `kubectl get deploy,svc -o yaml` dump: one List, items indented under `items:`, status included. */
export const LIST_DUMP = `apiVersion: v1
items:
- apiVersion: apps/v1
  kind: Deployment
  metadata:
    name: web
    namespace: shop
  spec:
    replicas: 2
    selector:
      matchLabels:
        app: web
    template:
      metadata:
        labels:
          app: web
      spec:
        containers:
        - image: nginx:1.27
          name: nginx
- apiVersion: v1
  kind: Service
  metadata:
    name: web
    namespace: shop
  spec:
    clusterIP: 10.96.20.20
    ports:
    - port: 80
      protocol: TCP
      targetPort: 80
    selector:
      app: web
    sessionAffinity: None
    type: ClusterIP
kind: List
metadata:
  resourceVersion: ""
`;

/** The same kind of dump as JSON (`kubectl get -o json`). */
export const JSON_LIST = `{
    "apiVersion": "v1",
    "items": [
        {
            "apiVersion": "apps/v1",
            "kind": "Deployment",
            "metadata": {
                "name": "api",
                "namespace": "default"
            },
            "spec": {
                "selector": {
                    "matchLabels": {
                        "app": "api"
                    }
                },
                "template": {
                    "metadata": {
                        "labels": {
                            "app": "api"
                        }
                    },
                    "spec": {
                        "containers": [
                            {
                                "image": "api:1",
                                "name": "api"
                            }
                        ]
                    }
                }
            }
        }
    ],
    "kind": "List"
}
`;

/** A bare Pod and a dumped Pod with status, as people paste them. */
export const PODS = `# A pod written by hand: the cluster starts it and makes it Ready.
apiVersion: v1
kind: Pod
metadata:
  name: solo
  labels: {app: solo}
spec:
  containers:
  - name: c
    image: busybox
---
apiVersion: v1
kind: Pod
metadata:
  name: dumped
  namespace: default
  labels:
    app: solo
spec:
  containers:
  - name: c
    image: busybox
  nodeName: node1
status:
  conditions:
  - status: "True"
    type: Initialized
  - status: "True"
    type: Ready
  phase: Running
  podIP: 10.244.1.77
`;
