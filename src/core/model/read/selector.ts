import type { FieldReader } from '../../manifest/fields';
import type { Labels, LabelSelector, LabelSelectorRequirement } from '../types';

const OPERATORS = ['In', 'NotIn', 'Exists', 'DoesNotExist'] as const;

export function readLabelSelector(reader: FieldReader, value: unknown, path: string): LabelSelector | undefined {
  const record = reader.record(value, path);
  if (!record) return undefined;
  const matchExpressions: LabelSelectorRequirement[] = [];
  reader.list(record['matchExpressions'], `${path}.matchExpressions`).forEach((item, i) => {
    const at = `${path}.matchExpressions.${i}`;
    const expr = reader.record(item, at);
    if (!expr) return;
    const operatorText = reader.string(expr['operator'], `${at}.operator`);
    const operator = OPERATORS.find((o) => o === operatorText);
    if (!operator) {
      reader.report('SELECTOR_OPERATOR_INVALID', 'error', `${at}.operator: "${operatorText ?? ''}" is not a valid selector operator.`, `${at}.operator`, 'Use In, NotIn, Exists or DoesNotExist.');
      return;
    }
    matchExpressions.push({
      key: reader.string(expr['key'], `${at}.key`) ?? '',
      operator,
      values: reader.strings(expr['values'], `${at}.values`),
    });
  });
  return { matchLabels: reader.stringMap(record['matchLabels'], `${path}.matchLabels`), matchExpressions };
}

export function selectorMatches(selector: LabelSelector, labels: Labels): boolean {
  for (const [key, value] of Object.entries(selector.matchLabels)) if (labels[key] !== value) return false;
  for (const req of selector.matchExpressions) {
    const has = Object.hasOwn(labels, req.key);
    const value = labels[req.key];
    switch (req.operator) {
      case 'In':
        if (!has || !req.values.includes(value ?? '')) return false;
        break;
      case 'NotIn':
        if (has && req.values.includes(value ?? '')) return false;
        break;
      case 'Exists':
        if (!has) return false;
        break;
      case 'DoesNotExist':
        if (has) return false;
        break;
    }
  }
  return true;
}

/** A Service selector is equality-only: every key/value must be present on the pod. */
export function labelsMatch(selector: Labels, labels: Labels): boolean {
  // A plain loop: this runs for every (Service, pod) pair of a namespace, the hot path of big dumps.
  for (const key in selector) if (!Object.hasOwn(labels, key) || labels[key] !== selector[key]) return false;
  return true;
}

export function formatSelector(selector: Labels): string {
  return Object.entries(selector)
    .map(([k, v]) => `${k}=${v}`)
    .join(',');
}
