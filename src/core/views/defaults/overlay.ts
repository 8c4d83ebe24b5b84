import { isRecord } from '../../manifest/objects';

/** Keys that say two list items are different things (two containers, two ports); a mismatch keeps the model's list. */
const IDENTITY_KEYS = ['name', 'ip', 'containerPort', 'port', 'type', 'key'] as const;

function sameItem(a: unknown, b: unknown): boolean {
  if (!isRecord(a) || !isRecord(b)) return false;
  return IDENTITY_KEYS.every((key) => !(key in a) || !(key in b) || a[key] === b[key]);
}

/**
 * The model's view of an object laid over the raw fields the user wrote: the model wins wherever it has a
 * value (it is what the API server and the controllers made of the text), the raw text fills in what the
 * model does not keep (a container's env, command, probes). Lists merge item by item only when they line up.
 */
export function overlay(raw: unknown, model: unknown): unknown {
  if (model === undefined) return raw;
  if (isRecord(raw) && isRecord(model)) {
    const out: Record<string, unknown> = { ...raw };
    for (const [key, value] of Object.entries(model)) out[key] = overlay(raw[key], value);
    return out;
  }
  if (Array.isArray(raw) && Array.isArray(model) && raw.length === model.length && model.every((item, i) => !isRecord(item) || sameItem(raw[i], item))) {
    return model.map((item, i) => overlay(raw[i], item));
  }
  return model;
}
