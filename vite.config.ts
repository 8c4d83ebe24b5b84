import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  // The worker imports the core as ES modules; classic workers cannot.
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: true,
    // ELK alone is 1.4 MB; it lives in the worker chunk (and the lazy in-process fallback), not the page.
    chunkSizeWarningLimit: 1700,
  },
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
  },
});
