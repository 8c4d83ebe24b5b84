/**
 * Diagnostics are how the core talks to people: coded, located, human.
 * The code is stable (tests and docs refer to it); the message says what is wrong and what to do.
 */
export type Severity = 'error' | 'warning' | 'info';

export interface ObjectRef {
  readonly kind: string;
  readonly namespace?: string;
  readonly name: string;
}

export interface Diagnostic {
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  /** 1-based line in the user's text, when the problem has a place. */
  readonly line?: number;
  /** 1-based column. */
  readonly column?: number;
  readonly object?: ObjectRef;
  /** Dotted field path inside the object, e.g. `spec.ports[0].targetPort`. */
  readonly field?: string;
  /** What to do about it. */
  readonly hint?: string;
}

export interface SourceLocation {
  readonly line: number;
  readonly column: number;
}

export function describeObject(ref: ObjectRef): string {
  return ref.namespace ? `${ref.kind} ${ref.namespace}/${ref.name}` : `${ref.kind} ${ref.name}`;
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}
