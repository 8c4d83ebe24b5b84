import { parseArgs } from 'node:util';
import { buildCluster, hasErrors, summarizeCluster } from '../core/index';
import { InputError, readInput } from './input';
import { SETTINGS_OPTIONS, settingsFromFlags, UsageError } from './settings-flags';

/**
 * svcscope's command line: the same core as the app, for scripts and CI.
 * Exit codes: 0 no error diagnostic, 1 an error diagnostic, 2 unreadable input or bad usage.
 */
const USAGE = `usage: svcscope COMMAND FILE [options]     (FILE - reads standard input)

commands:
  graph FILE [--include-system]   the cluster as JSON: pods, services with endpoints, diagnostics

cluster settings (every command):
  --seed N  --workers N  --service-cidr CIDR  --cluster-cidr CIDR  --cluster-domain D
  --mode iptables|ipvs|nftables  --kube-version 1.X  --ipvs-scheduler S  --masquerade-all  --client-ip IP`;

export function run(argv: readonly string[], out: (text: string) => void, err: (text: string) => void): number {
  try {
    const [command, ...rest] = argv;
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      out(USAGE);
      return command === undefined ? 2 : 0;
    }
    const { values, positionals } = parseArgs({
      args: rest,
      allowPositionals: true,
      strict: true,
      options: { ...SETTINGS_OPTIONS, 'include-system': { type: 'boolean' } },
    });
    const settings = settingsFromFlags(values);
    switch (command) {
      case 'graph': {
        const cluster = buildCluster(readInput(positionals[0]), settings);
        out(JSON.stringify(summarizeCluster(cluster, { includeSystem: values['include-system'] === true }), null, 2));
        return hasErrors(cluster.diagnostics) ? 1 : 0;
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
