import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const fromRoot = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

// Bull Board is served by the API too, beside the JSON routes.
const API_PROXY = { '/api': 'http://localhost:3000', '/admin/queues': 'http://localhost:3000' };

export default defineConfig(({ mode }) => ({
  root,
  // Vite 8 transforms TSX with Oxc; no React plugin is installed, so the runtime is set here.
  oxc: {
    jsx: { runtime: 'automatic', importSource: 'react' },
  },
  resolve: {
    alias:
      mode === 'production'
        ? // react-router's package exports only its development build, warnings and all.
          [{ find: /^react-router$/, replacement: fromRoot('node_modules/react-router/dist/production/index.mjs') }]
        : [],
  },
  // The API serves index.html with a nonce of its own in place of this, each time (apps/api/src/common/web-page.ts).
  html: { cspNonce: 'DONDOC_CSP_NONCE' },
  server: {
    port: 5173,
    proxy: API_PROXY,
  },
  preview: {
    proxy: API_PROXY,
  },
  build: {
    outDir: fromRoot('dist/web'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 800,
    rolldownOptions: {
      // antd marks its modules "use client" for React Server Components; a client bundle has no use for it.
      onwarn(warning, warn) {
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
}));
