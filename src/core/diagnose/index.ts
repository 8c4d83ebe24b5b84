/** Findings: why a Service does not answer the way its author expects. See README.md for the rules. */
export { FINDING_CODES, type FindingCode } from './codes';
export type { DiagnoseOptions, FieldLocator } from './context';
export { diagnoseCluster, sortByLine } from './diagnose-cluster';
export { formatDiagnostic, formatDiagnosticsText } from './format';
export { lintText, type LintResult } from './lint';
export { locatorForText } from './locate-in-text';
export { findingsBehind } from './findings-behind';
