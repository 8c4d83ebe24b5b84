/**
 * Small type checks for decoded JSON. Everything a link or a file carries is untrusted: each check either
 * returns the value with its type proven or throws a Refusal naming the field, which the validator turns
 * into a clear refusal. Nothing here evaluates, merges or assigns what it reads.
 */
export class Refusal extends Error {}

/** Keys that mean something to JavaScript's object model; JSON.parse keeps them as own properties. */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Control characters other than tab, newline and carriage return: never in a name, a target or an id. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

export function record(value: unknown, path: string, allowed: readonly string[]): Readonly<Record<string, unknown>> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Refusal(`${path} must be an object`);
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) throw new Refusal(`${path} must be a plain object`);
  for (const key of Object.keys(value)) {
    if (PROTOTYPE_KEYS.has(key)) throw new Refusal(`${path} has the key "${key}", which is refused (prototype pollution)`);
    if (!allowed.includes(key)) throw new Refusal(`${path} has an unknown field "${truncate(key)}"`);
  }
  return value as Readonly<Record<string, unknown>>;
}

export interface StringRule {
  readonly max: number;
  readonly pattern?: RegExp;
  /** What the pattern asks for, for the refusal. */
  readonly expected?: string;
  /** Multi-line text (manifests) may hold any character; one-line fields may not hold control characters. */
  readonly text?: boolean;
}

export function string(value: unknown, path: string, rule: StringRule): string {
  if (typeof value !== 'string') throw new Refusal(`${path} must be a string`);
  if (value.length > rule.max)
    throw new Refusal(`${path} is ${value.length.toLocaleString('en')} characters long; at most ${rule.max.toLocaleString('en')} are accepted`);
  if (rule.text !== true && CONTROL.test(value)) throw new Refusal(`${path} contains a control character`);
  if (rule.pattern && !rule.pattern.test(value))
    throw new Refusal(`${path} must be ${rule.expected ?? `like ${rule.pattern.source}`}, not "${truncate(value)}"`);
  return value;
}

export function integer(value: unknown, path: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max)
    throw new Refusal(`${path} must be a whole number from ${min} to ${max}`);
  return value;
}

export function finite(value: unknown, path: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) throw new Refusal(`${path} must be a number from ${min} to ${max}`);
  return value;
}

export function boolean(value: unknown, path: string): boolean {
  if (typeof value !== 'boolean') throw new Refusal(`${path} must be true or false`);
  return value;
}

export function oneOf<T extends string>(value: unknown, path: string, options: readonly T[]): T {
  const found = options.find((o) => o === value);
  if (found === undefined) throw new Refusal(`${path} must be one of ${options.join(', ')}`);
  return found;
}

/** Keeps refusals short when the offending value is huge. */
export function truncate(text: string, max = 40): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
