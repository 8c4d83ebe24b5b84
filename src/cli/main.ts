import { parseArgs } from 'node:util';
import {
  buildCluster,
  buildDnsRecords,
  buildIptables,
  buildIpvs,
  hasErrors,
  renderDnsRecords,
  renderIptablesSave,
  renderIpvsadm,
  serviceEnvVars,
  summarizeCluster,
  type Cluster,
} from '../core/index';
import { runTrace, parseSource } from './commands/trace';
import { runNft } from './commands/nft';
import { runLint } from './commands/lint';
import { InputError, readInput } from './input';
import { SETTINGS_OPTIONS, settingsFromFlags, UsageError } from './settings-flags';

/**
 * svcscope's command line: the same core as the app, for scripts and CI.
 * Exit codes: 0 no error diagnostic, 1 an error diagnostic, 2 unreadable input or bad usage.
 */
export const USAGE = `usage: svcscope COMMAND FILE [options]     (FILE - reads standard input)

commands:
  graph FILE [--include-system]        the cluster as JSON: pods, services with endpoints, diagnostics
  trace FILE --from SOURCE --to TARGET [--count N] [--protocol TCP|UDP|SCTP] [--via-node NAME]
                                       traces as JSON; SOURCE is pod/NS/NAME, node/NAME or external[:IP];
                                       TARGET is a DNS name, IP:port, or an http(s):// URL (Ingress);
                                       --via-node fixes the node a load balancer or externalIP reaches
  iptables FILE [--node NAME]          iptables-save of a node's filter and nat tables (kube-proxy iptables mode)
  ipvs FILE [--node NAME]              ipvsadm -Ln of a node (kube-proxy IPVS mode)
  nft FILE [--node NAME]               nft list table ip kube-proxy of a node (kube-proxy nftables mode)
  dns FILE                             every record the cluster DNS serves
  env FILE --pod NS/NAME               the Service environment variables the pod's containers get
  lint FILE [--json]                   why Services may not answer: findings as text (exit 1 on errors)

cluster settings (every command):
  --seed N  --workers N  --service-cidr CIDR  --cluster-cidr CIDR  --cluster-domain D
  --mode iptables|ipvs|nftables  --kube-version 1.X  --ipvs-scheduler S  --masquerade-all  --client-ip IP`;

const OPTIONS = {
  ...SETTINGS_OPTIONS,
  'include-system': { type: 'boolean' },
  from: { type: 'string' },
  to: { type: 'string' },
  count: { type: 'string' },
  protocol: { type: 'string' },
  'via-node': { type: 'string' },
  node: { type: 'string' },
  pod: { type: 'string' },
  json: { type: 'boolean' },
} as const;

function pickNode(cluster: Cluster, name: string | undefined): string {
  if (name === undefined) return (cluster.nodes.find((n) => !n.controlPlane) ?? cluster.nodes[0])?.name ?? '';
  if (!cluster.nodes.some((n) => n.name === name)) throw new UsageError(`no node named "${name}" (nodes: ${cluster.nodes.map((n) => n.name).join(', ')})`);
  return name;
}

export function run(argv: readonly string[], out: (text: string) => void, err: (text: string) => void): number {
  try {
    const [command, ...rest] = argv;
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      out(USAGE);
      return command === undefined ? 2 : 0;
    }
    const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, strict: true, options: OPTIONS });
    const settings = settingsFromFlags(values);
    const load = (): Cluster => buildCluster(readInput(positionals[0]), settings);
    const exitFor = (cluster: Cluster): number => (hasErrors(cluster.diagnostics) ? 1 : 0);
    switch (command) {
      case 'graph': {
        const cluster = load();
        out(JSON.stringify(summarizeCluster(cluster, { includeSystem: values['include-system'] === true }), null, 2));
        return exitFor(cluster);
      }
      case 'trace': {
        const from = parseSource(values.from);
        if (!values.to) throw new UsageError('trace needs --to TARGET (a name, IP:port or URL)');
        const count = values.count === undefined ? 1 : Number(values.count);
        if (!Number.isInteger(count) || count < 1 || count > 100_000) throw new UsageError('--count is a whole number from 1 to 100000');
        const protocol = (values.protocol ?? 'TCP').toUpperCase();
        if (protocol !== 'TCP' && protocol !== 'UDP' && protocol !== 'SCTP') throw new UsageError('--protocol is TCP, UDP or SCTP');
        const cluster = load();
        const options = { protocol, ...(values['via-node'] ? { viaNode: values['via-node'] } : {}) } as const;
        out(JSON.stringify(runTrace(cluster, from, values.to, count, cluster.settings.seed, options), null, 2));
        return exitFor(cluster);
      }
      case 'iptables': {
        const cluster = load();
        out(renderIptablesSave(buildIptables(cluster, pickNode(cluster, values.node))).trimEnd());
        return exitFor(cluster);
      }
      case 'ipvs': {
        const cluster = load();
        out(renderIpvsadm(buildIpvs(cluster, pickNode(cluster, values.node))).trimEnd());
        return exitFor(cluster);
      }
      case 'nft': {
        const cluster = load();
        out(runNft(cluster, pickNode(cluster, values.node)).trimEnd());
        return exitFor(cluster);
      }
      case 'dns': {
        const cluster = load();
        out(renderDnsRecords(buildDnsRecords(cluster)).join('\n'));
        return exitFor(cluster);
      }
      case 'env': {
        if (!values.pod) throw new UsageError('env needs --pod NAMESPACE/NAME');
        const [ns, name] = values.pod.includes('/') ? values.pod.split('/', 2) : ['default', values.pod];
        const cluster = load();
        const pod = cluster.pods.find((p) => p.meta.namespace === ns && p.meta.name === name);
        if (!pod) throw new UsageError(`no pod ${ns}/${name} (pods: ${cluster.pods.filter((p) => !p.meta.system).map((p) => `${p.meta.namespace}/${p.meta.name}`).slice(0, 8).join(', ')})`);
        out(serviceEnvVars(cluster, pod).map((v) => `${v.name}=${v.value}`).join('\n'));
        return exitFor(cluster);
      }
      case 'lint': {
        const result = runLint(readInput(positionals[0]), settings, values.json === true);
        out(result.text);
        return result.hasErrors ? 1 : 0;
      }
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (error) {
    if (error instanceof InputError || error instanceof UsageError) {
      err(`svcscope: ${error.message}`);
      if (error instanceof UsageError) err(USAGE);
      return 2;
    }
    if (error instanceof TypeError && (error as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS')) {
      err(`svcscope: ${error.message}`);
      err(USAGE);
      return 2;
    }
    err(`svcscope: internal error: ${error instanceof Error ? error.message : String(error)}`);
    return 3;
  }
}

const isMain = process.argv[1] !== undefined && /cli[\\/]main\.ts$/.test(process.argv[1]);
if (isMain) {
  const code = run(process.argv.slice(2), (t) => process.stdout.write(`${t}\n`), (t) => process.stderr.write(`${t}\n`));
  process.exitCode = code;
}
