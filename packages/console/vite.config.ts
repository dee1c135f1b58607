import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import type { Plugin } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

/**
 * Serves the 2024 results file the repository ships (`data/`) at `/data/…`, so HQ staff import it in one
 * click: emitted into the build, answered by the dev server, never copied into git twice.
 */
const shippedResultsFile = (): Plugin => {
  const name = 'HoC-GE2024-results-by-constituency.csv';
  const source = fileURLToPath(new URL(`../../data/${name}`, import.meta.url));
  return {
    name: 'shipped-results-file',
    configureServer(server) {
      server.middlewares.use(`/data/${name}`, (_request, response) => {
        response.setHeader('content-type', 'text/csv; charset=utf-8');
        response.end(readFileSync(source));
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: `data/${name}`, source: readFileSync(source) });
    },
  };
};

export default defineConfig({
  plugins: [react(), shippedResultsFile()],
  css: {
    preprocessorOptions: {
      // GOV.UK Frontend and MOJ Frontend address each other as `node_modules/...`, from the package root.
      scss: { loadPaths: [here], quietDeps: true, silenceDeprecations: ['import'] },
    },
  },
  // No source maps: the build is served publicly. CSS is minified by esbuild: govuk-frontend keeps an
  // old-browser hack (`min-width: 0\0`) that Lightning CSS refuses to minify.
  build: { target: 'es2022', sourcemap: false, assetsInlineLimit: 0, cssMinify: 'esbuild' },
});
