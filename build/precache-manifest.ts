import { createHash } from 'node:crypto';

/** One file of the build as the bundle holds it: a chunk's code or an asset's source. */
export interface BuiltFile {
  readonly fileName: string;
  readonly content: string | Uint8Array;
}

export interface PrecacheManifest {
  /** File names relative to the output folder, sorted: index.html and everything under assets/. */
  readonly files: readonly string[];
  /** A hash of every precached file's name and content: a new deploy gets a new cache, an identical one keeps it. */
  readonly version: string;
}

/** Source maps are for developers with a network; the service worker's own script is not precached. */
function isPrecached(fileName: string, serviceWorkerFile: string): boolean {
  return fileName !== serviceWorkerFile && !fileName.endsWith('.map');
}

export function precacheManifest(built: readonly BuiltFile[], serviceWorkerFile: string): PrecacheManifest {
  const files = built
    .filter((file) => isPrecached(file.fileName, serviceWorkerFile))
    .sort((a, b) => (a.fileName < b.fileName ? -1 : a.fileName > b.fileName ? 1 : 0));
  const hash = createHash('sha256');
  for (const file of files) {
    // Lengths first, so no two different lists of files can feed the hash the same bytes.
    const content = typeof file.content === 'string' ? Buffer.from(file.content) : file.content;
    hash.update(`${Buffer.byteLength(file.fileName)}:${file.fileName}:${content.byteLength}:`).update(content);
  }
  return { files: files.map((file) => file.fileName), version: hash.digest('hex').slice(0, 16) };
}
