/** What a user reads about one object: kubectl's printouts, its YAML, its DNS names, a node's rules. */
export { humanDuration, ageSeconds, creationTimestamp, CLUSTER_AGE_SECONDS, LAST_OBJECT_AGE_MINUTES, SIMULATED_NOW_MS } from './age';
export { tabwrite, KUBECTL_DESCRIBE_TABWRITER, KUBECTL_GET_TABWRITER, type TabwriterOptions } from './tabwriter';
export { kubectlGetServices, type GetServicesOptions } from './kubectl-services';
export { kubectlDescribeService } from './kubectl-describe-service';
export { kubectlGetEndpoints, kubectlGetEndpointSlices } from './kubectl-endpoints';
export { kubectlGetPods, type GetPodsOptions } from './kubectl-pods';
export { kubectlGetWorkloads } from './kubectl-workloads';
export { kubectlGetIngresses, kubectlGetNodes } from './kubectl-nodes';
export { objectYaml, type ObjectYamlOptions } from './object-yaml';
export { indexManifests, type ManifestIndex } from './manifest-index';
export { sliceObjectSource } from './source-slice';
export { dnsNamesFor } from './dns-names';
export { ruleTableView, RULE_COMMANDS, type RuleLineTag, type RuleTableView } from './rule-table';
export { graphTarget, type GraphTarget } from './graph-target';
export { inspectGraphNode, type InspectOptions, type InspectResult, type KubectlView } from './inspect';
