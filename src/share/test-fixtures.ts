import { deflateRaw, toBase64Url } from './bytes';
import { SCENARIO_VERSION, type Scenario } from './scenario';

/** Helpers for this folder's tests: scenarios, and links built by hand around any JSON text at all. */
export function scenarioOf(manifests: string, extra: Partial<Omit<Scenario, 'v' | 'manifests'>> = {}): Scenario {
  return { v: SCENARIO_VERSION, manifests, settings: {}, seed: 1, ...extra };
}

/** A link around raw JSON text, skipping every check encodeScenario makes: what an attacker can send. */
export async function linkAround(json: string): Promise<string> {
  return `#s=${toBase64Url(await deflateRaw(new TextEncoder().encode(json)))}`;
}

/** The scenario as JSON with one field replaced by anything, for hostile variants. */
export function withField(scenario: Scenario, field: string, value: unknown): string {
  return JSON.stringify({ ...scenario, [field]: value });
}
