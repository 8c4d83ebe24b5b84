const SERVICE_TYPES = ['ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName'] as const;
export type ServiceTypeName = (typeof SERVICE_TYPES)[number];

function isServiceType(value: string): value is ServiceTypeName {
  return (SERVICE_TYPES as readonly string[]).includes(value);
}

/** Finds the Service type among the core's detail lines so it can be drawn as a badge; order is kept. */
export function splitServiceDetails(details: readonly string[]): { type?: ServiceTypeName; rest: string[] } {
  const index = details.findIndex(isServiceType);
  const type = details[index];
  if (index === -1 || type === undefined || !isServiceType(type)) return { rest: [...details] };
  return { type, rest: details.filter((_, i) => i !== index) };
}
