import { myappClusterIP } from './myapp-clusterip';
import { nginxNodePort } from './nginx-nodeport';

/**
 * Built-in scenarios. The example menu, the unit tests and the e2e tests all read these same texts,
 * so an example that stops working fails a test.
 */
export interface Example {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly manifests: string;
}

export const EXAMPLES: readonly Example[] = [
  {
    id: 'myapp-clusterip',
    title: 'ClusterIP: myapp, 3 replicas',
    description: 'A Deployment of 3 bootcamp pods behind a ClusterIP Service: port 38080 on the Service, 8080 in the pods.',
    manifests: myappClusterIP,
  },
  {
    id: 'nginx-nodeport',
    title: 'NodePort: nginx on 32143',
    description: 'nginx reachable from outside the cluster on every node at port 32143.',
    manifests: nginxNodePort,
  },
];

export const DEFAULT_EXAMPLE_ID = 'myapp-clusterip';

export function findExample(id: string): Example | undefined {
  return EXAMPLES.find((e) => e.id === id);
}
