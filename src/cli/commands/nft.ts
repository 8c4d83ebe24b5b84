import { buildNftables, renderNft, type Cluster } from '../../core/index';

export function runNft(cluster: Cluster, node: string): string {
  return renderNft(buildNftables(cluster, node));
}
