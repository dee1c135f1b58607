import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  plugins: [react()],
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
