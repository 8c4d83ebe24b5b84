import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { serviceWorker } from './build/service-worker.ts';

/**
 * The built site's Content-Security-Policy, as a meta tag: a static host may give us no say over headers.
 * Only scripts, workers and data from the site itself; nothing a pasted manifest or a shared link carries
 * can load or run code. Checked in Chromium by e2e/offline.spec.ts (no violation while the app runs):
 * - style-src needs 'unsafe-inline' because CodeMirror (style-mod) writes its themes into <style> elements;
 *   React Flow needs nothing (its inline styles are set through the CSSOM, which CSP does not govern).
 * - worker-src 'self': the core's worker is a same-origin module file, never a blob; so is sw.js.
 * Added at build time only: the dev server's React Refresh preamble is an inline script.
 * `frame-ancestors` (who may embed the site) cannot be set by a meta tag; it takes an HTTP header on the host.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'svcscope:content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' }],
  };
}

export default defineConfig({
  // Relative asset URLs: dist/ works from any path (a sub-folder of a static host, a file share).
  base: './',
  plugins: [
    react(),
    contentSecurityPolicy(),
    // dist/sw.js: the site works offline after the first visit (build only).
    serviceWorker('src/service-worker/sw.ts'),
  ],
  // The worker imports the core as ES modules; classic workers cannot.
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: true,
    // ELK alone is 1.4 MB; it lives in the worker chunk (and the lazy in-process fallback), not the page.
    chunkSizeWarningLimit: 2000,
  },
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'build/**/*.test.ts'],
  },
});
