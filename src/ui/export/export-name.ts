import type { ClusterGraph } from '../../core';

/**
 * What an export is named after: the Service the watched request went through, else the first Service
 * the user wrote (system objects are every cluster's), else the example, else `fallback` ("graph": a file
 * name stays in ASCII; an embed's frame title passes the word in the reader's language).
 */
export function subjectName(
  graph: ClusterGraph | null,
  focusedService: { readonly name: string } | undefined,
  exampleId: string | undefined,
  fallback = 'graph',
): string {
  if (focusedService) return focusedService.name;
  const service = graph?.nodes.find((node) => node.kind === 'service' && !node.system);
  return service?.label ?? exampleId ?? fallback;
}

/** `svcscope-<subject>.<extension>`, with the subject cut to characters every file system accepts. */
export function exportFileName(subject: string, extension: string): string {
  const stem =
    subject
      .toLowerCase()
      .replace(/[^a-z0-9._-]+/g, '-')
      .replace(/^[-.]+|[-.]+$/g, '')
      .slice(0, 60)
      .replace(/[-.]+$/, '') || 'graph';
  return `svcscope-${stem}.${extension}`;
}

/** `1536` → `1.5 KB`, for the "saved" message. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
