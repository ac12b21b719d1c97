/**
 * Vite build of the web app (portal and back office): `npm run build` writes it to dist/web,
 * which the server serves at /. In dev, /api is proxied to the server on :3000. The web app imports
 * src/domain/catalog-terms.ts (labels and pure rules), not the zod schemas, so zod stays out of it.
 */
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist/web',
    emptyOutDir: true,
    // antd's shared core is one chunk of a few hundred kB before gzip; every area itself is lazy.
    chunkSizeWarningLimit: 1200,
  },
  server: {
    proxy: {
      '/api': { target: 'http://localhost:3000' },
      '/healthz': { target: 'http://localhost:3000' },
    },
  },
});
