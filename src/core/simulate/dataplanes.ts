import type { ProxyMode } from '../model/types';
import type { Dataplane } from './dataplane';
import { iptablesDataplane } from './iptables-dataplane';
import { ipvsDataplane, nftablesDataplane } from './logical-dataplanes';

export function dataplaneFor(mode: ProxyMode): Dataplane {
  switch (mode) {
    case 'iptables':
      return iptablesDataplane;
    case 'ipvs':
      return ipvsDataplane;
    case 'nftables':
      return nftablesDataplane;
  }
}
