import { defineConfig } from 'vite';

// The explorer UI: built into client/dist and served by the Express server; `npm run dev:client` proxies /api.
export default defineConfig({
  root: 'client',
  base: '/',
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false, chunkSizeWarningLimit: 2000 },
  // The layout worker is created with {type: 'module'}.
  worker: { format: 'es' },
  server: {
    port: 5173,
    proxy: { '/api': 'http://127.0.0.1:3000', '/snapshots': 'http://127.0.0.1:3000', '/embed': 'http://127.0.0.1:3000' },
  },
});
