// One Vite config for the workbench (ui/, built to dist/) and for vitest (tests/ from the repo root).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';

const repoRoot = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: 'ui',
  base: './',
  publicDir: false,
  // No svelte.config.js: the plugin's defaults are what we use.
  plugins: [svelte({ configFile: false })],
  server: { port: 5173, fs: { allow: [repoRoot] } },
  preview: { port: 4173, strictPort: false },
  build: {
    outDir: '../dist',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
    // The plugin-timing report is for profiling Vite itself, not for users of `npm start`.
    rolldownOptions: {
      checks: { bundlerTimings: false },
      // sim/ and lessons/ are pure: importing one of their modules does nothing by itself (no
      // registration, no global state). Saying so lets the page's bundle drop the engine and the
      // formula sandbox (mathjs) that it reaches only through index re-exports it never calls;
      // tests/e2e/bundle.spec.ts keeps the page free of them.
      treeshake: { moduleSideEffects: (id: string) => !/[\\/](sim|lessons)[\\/]/.test(id) },
    },
  },
  worker: {
    format: 'es',
    plugins: () => [svelte({ configFile: false })],
  },
  test: {
    root: repoRoot,
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
