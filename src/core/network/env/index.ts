/** The Docker-link style environment variables the kubelet gives containers for Services. */
export type { ServiceEnvDecision, ServiceEnvReason, ServiceEnvVar } from './service-env';
export { envName, existedBefore, explainServiceEnvVars, serviceEnvVars } from './service-env';
