import { defineConfig } from 'vite';

// The explorer UI: built into client/dist and served by the Express server; `npm run dev:client` proxies /api
// (and the snapshot routes) to the API server, http://127.0.0.1:3000 unless API_PROXY_TARGET says otherwise.
const api = process.env.API_PROXY_TARGET ?? 'http://127.0.0.1:3000';

export default defineConfig({
  root: 'client',
  base: '/',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 2000,
    // Two pages: the explorer, and the read-only snapshot page (/embed/<id>, also what snapshot images render).
    rollupOptions: { input: { main: 'client/index.html', embed: 'client/embed.html' } },
  },
  // The layout worker is created with {type: 'module'}.
  worker: { format: 'es' },
  server: {
    port: 5173,
    proxy: { '/api': api, '/snapshots': api, '/embed': api },
  },
});
