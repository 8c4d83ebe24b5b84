// js-yaml is the core's YAML library (src/core/manifest reads with it); views write with the same one.
import { dump } from 'js-yaml';

/**
 * YAML the way `kubectl get -o yaml` writes it: keys sorted at every level (kubectl goes through JSON and a
 * map), sequences not indented under their key, double quotes where a string would read as something else,
 * and no line folding.
 */
export function toKubectlYaml(object: unknown): string {
  return dump(object, { sortKeys: true, seqNoIndent: true, quoteStyle: 'double', lineWidth: -1, noRefs: true });
}
