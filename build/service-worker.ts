import { resolve } from 'node:path';
import { build, type Plugin, type Rolldown } from 'vite';
import { precacheManifest } from './precache-manifest.ts';

const SERVICE_WORKER_FILE = 'sw.js';

/**
 * Emits sw.js next to index.html: the service worker of src/service-worker/sw.ts with the build's precache
 * list and version compiled in (see src/service-worker/README.md).
 *
 * The worker is compiled by a second, configless Vite build rather than by esbuild or Rolldown directly:
 * Vite is the one bundler this project depends on by name (Vite 8 bundles with Rolldown and lists esbuild
 * only as an optional peer, so neither is ours to import), it reads TypeScript the same way as the app,
 * and `define` puts the list into the code. The output is one classic script (IIFE): module service
 * workers are not supported by every browser a trainer may bring.
 */
export function serviceWorker(entry: string): Plugin {
  let root = '';
  let target: string | string[] | false = 'es2022';
  return {
    name: 'svcscope:service-worker',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      root = config.root;
      target = config.build.target;
    },
    generateBundle: {
      // After every other plugin's generateBundle (Vite's own rewrite the chunks there): the version hashes
      // the bytes that are written, and index.html and the core's worker chunk are in the bundle by then.
      order: 'post',
      async handler(_options, bundle) {
        const manifest = precacheManifest(
          Object.values(bundle).map((file) => ({ fileName: file.fileName, content: file.type === 'chunk' ? file.code : file.source })),
          SERVICE_WORKER_FILE,
        );
        if (!manifest.files.includes('index.html')) this.error('service worker: the build has no index.html to precache');
        const code = await compileServiceWorker(resolve(root, entry), root, target, {
          __SVCSCOPE_PRECACHE_FILES__: JSON.stringify(manifest.files),
          __SVCSCOPE_PRECACHE_VERSION__: JSON.stringify(manifest.version),
        });
        this.emitFile({ type: 'asset', fileName: SERVICE_WORKER_FILE, source: code });
      },
    },
  };
}

async function compileServiceWorker(entry: string, root: string, target: string | string[] | false, define: Record<string, string>): Promise<string> {
  const result = await build({
    configFile: false,
    root,
    mode: 'production',
    logLevel: 'warn',
    publicDir: false,
    define,
    build: {
      write: false,
      emptyOutDir: false,
      copyPublicDir: false,
      target,
      minify: true,
      sourcemap: false,
      modulePreload: false,
      reportCompressedSize: false,
      rolldownOptions: { input: entry, output: { format: 'iife', entryFileNames: SERVICE_WORKER_FILE } },
    },
  });
  const outputs: readonly Rolldown.RolldownOutput[] = Array.isArray(result) ? result : 'output' in result ? [result] : [];
  const chunks = outputs.flatMap((output) => output.output).filter((file): file is Rolldown.OutputChunk => file.type === 'chunk');
  const [chunk, ...more] = chunks;
  if (!chunk || more.length > 0) throw new Error(`service worker: expected one script from ${entry}, got ${chunks.length}`);
  return chunk.code;
}
