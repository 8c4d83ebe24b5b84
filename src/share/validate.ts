import type { TraceSource } from '../core';
import { boolean, finite, integer, oneOf, record, Refusal, string } from './checks';
import { refuse, SCENARIO_VERSION, type Scenario, type ScenarioRequest, type ScenarioResult, type ScenarioView } from './scenario';
import { IPV4, MAX_SEED, validateSettings } from './validate-settings';

/**
 * Checks a decoded value field by field and builds a fresh Scenario from what passed: unknown fields,
 * wrong types, huge strings and prototype keys are refused with the field's path. The result shares no
 * object with the input, so nothing the input carried (a `__proto__`, a getter) survives the copy.
 */
const SCENARIO_KEYS = ['v', 'manifests', 'settings', 'request', 'seed', 'view', 'exampleId', 'lang'] as const;
const NAME = { max: 253 } as const;
/** A graph canvas is never this far from its origin; React Flow's zoom stays well inside these bounds. */
const MAX_COORDINATE = 10_000_000;

export interface ValidateOptions {
  /** The longest manifests text accepted: the link cap for links, the editor's cap for files. */
  readonly maxManifestsChars: number;
}

export function validateScenario(value: unknown, options: ValidateOptions): ScenarioResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || !Object.hasOwn(value, 'v')) {
    return refuse('not-a-scenario', 'this is not an svcscope scenario');
  }
  // The version first: a link from a newer svcscope should say so, not list the fields it does not know.
  const version = (value as { readonly v: unknown }).v;
  if (version !== SCENARIO_VERSION) {
    return refuse(
      'wrong-version',
      typeof version === 'number'
        ? `this scenario is version ${version}; this svcscope reads version ${SCENARIO_VERSION}`
        : 'the scenario version is not a number',
    );
  }
  try {
    return { ok: true, scenario: scenarioOf(value, options) };
  } catch (error) {
    if (error instanceof Refusal) return refuse('invalid', error.message);
    // A validator bug must not take the page down with it: the scenario is refused all the same.
    return refuse('invalid', 'the scenario could not be read');
  }
}

function scenarioOf(value: unknown, options: ValidateOptions): Scenario {
  const input = record(value, 'scenario', SCENARIO_KEYS);
  const manifests = string(input.manifests, 'manifests', { max: options.maxManifestsChars, text: true });
  const settings = validateSettings(input.settings, 'settings');
  const seed = integer(input.seed, 'seed', 0, MAX_SEED);
  const request = input.request === undefined ? undefined : requestOf(input.request);
  const view = input.view === undefined ? undefined : viewOf(input.view);
  const exampleId =
    input.exampleId === undefined
      ? undefined
      : string(input.exampleId, 'exampleId', { max: 64, pattern: /^[a-z0-9-]+$/, expected: 'an example id (lowercase letters, digits, dashes)' });
  const lang = input.lang === undefined ? undefined : oneOf(input.lang, 'lang', ['en', 'zh'] as const);
  return {
    v: SCENARIO_VERSION,
    manifests,
    settings,
    ...(request ? { request } : {}),
    seed,
    ...(view ? { view } : {}),
    ...(exampleId !== undefined ? { exampleId } : {}),
    ...(lang ? { lang } : {}),
  };
}

function requestOf(value: unknown): ScenarioRequest {
  const input = record(value, 'request', ['source', 'target']);
  return { source: sourceOf(input.source), target: string(input.target, 'request.target', { max: 2048 }) };
}

function sourceOf(value: unknown): TraceSource {
  const path = 'request.source';
  const type = oneOf(record(value, path, ['type', 'namespace', 'name', 'ip']).type, `${path}.type`, ['pod', 'node', 'external'] as const);
  switch (type) {
    case 'pod': {
      const input = record(value, path, ['type', 'namespace', 'name']);
      return { type, namespace: string(input.namespace, `${path}.namespace`, { max: 63 }), name: string(input.name, `${path}.name`, NAME) };
    }
    case 'node':
      return { type, name: string(record(value, path, ['type', 'name']).name, `${path}.name`, NAME) };
    case 'external': {
      const input = record(value, path, ['type', 'ip']);
      return input.ip === undefined ? { type } : { type, ip: string(input.ip, `${path}.ip`, { max: 15, pattern: IPV4, expected: 'an IPv4 address' }) };
    }
  }
}

function viewOf(value: unknown): ScenarioView {
  const input = record(value, 'view', ['showSystemObjects', 'zoom', 'x', 'y', 'selected']);
  const view: { -readonly [K in keyof ScenarioView]: ScenarioView[K] } = {};
  if (input.showSystemObjects !== undefined) view.showSystemObjects = boolean(input.showSystemObjects, 'view.showSystemObjects');
  if (input.zoom !== undefined) view.zoom = finite(input.zoom, 'view.zoom', 0.01, 100);
  if (input.x !== undefined) view.x = finite(input.x, 'view.x', -MAX_COORDINATE, MAX_COORDINATE);
  if (input.y !== undefined) view.y = finite(input.y, 'view.y', -MAX_COORDINATE, MAX_COORDINATE);
  if (input.selected !== undefined) view.selected = string(input.selected, 'view.selected', { max: 600 });
  return view;
}
