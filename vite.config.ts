/**
 * Vite build of the web app (portal and back office): `npm run build` writes it to dist/web,
 * which the server serves at / (precompressed .br/.gz beside each asset, see scripts/build.mjs).
 * In dev, /api is proxied to the server on :3000. The web app imports src/domain/catalog-terms.ts
 * (labels and pure rules), not the zod schemas, so zod stays out of it.
 *
 * Chunks (ADR 0024): every page is lazy (src/web/app/App.tsx) except the portal's frame, which comes with the
 * entry. Rolldown splits the rest by which pages use what, after tree-shaking (so ECharts, the JSON-schema form
 * renderer and the holiday tables stay in chunks of their own that only their pages load), with two groups on top:
 * - `react`: React, the router and TanStack Query, which every page needs (cached apart from the app's releases);
 * - `vendor`: every other library the entry needs (`$initial`: antd's ConfigProvider, Layout, Menu… for the
 *   portal's frame), in one chunk instead of a dozen small ones.
 * (Groups for ECharts or the form renderer that leave out their dependencies split modules apart that must run
 * in order: the form renderer failed at run time. Rolldown's own split keeps them right.)
 *
 * antd's styles for the portal's first pages are rendered here at build time into the entry's stylesheet
 * (`virtual:antd-static.css`, scripts/antd-static-style.mts), so antd does not write them in the browser.
 */
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { antdStaticStyle } from './scripts/antd-static-style.mjs';

const NODE_MODULES = /[\\/]node_modules[\\/]/;
const CORE = /[\\/]node_modules[\\/](react|react-dom|scheduler|react-router|react-router-dom|cookie|set-cookie-parser|@tanstack)[\\/]/;

/**
 * antd's form context, which every input and popup reaches (through `ContextIsolator`), takes only `FormProvider`
 * from @rc-component/form; that package's index sets Field, List, useForm… as properties of its Form, which
 * tree-shaking cannot drop, so the whole form and its validator (~12 kB gzip) came with the entry. Resolved to
 * the module that defines it (the same module the index re-exports: one context for the pages' forms).
 */
function rcFormProviderAlone(): Plugin {
  const ANTD_FORM_CONTEXT = /[\\/]antd[\\/]es[\\/]form[\\/]context\.js$/;
  return {
    name: 'shenpi:rc-form-provider-alone',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === '@rc-component/form' && importer && ANTD_FORM_CONTEXT.test(importer)) return this.resolve('@rc-component/form/es/FormContext', importer, { skipSelf: true });
      return null;
    },
  };
}

/** `virtual:antd-static.css`: antd's styles for the portal's first pages, rendered at build time (scripts/antd-static-style.mts). */
function antdStaticStylesheet(): Plugin {
  const ID = 'virtual:antd-static.css';
  return {
    name: 'shenpi:antd-static-style',
    resolveId: (source) => (source === ID ? `\0${ID}` : null),
    load: (id) => (id === `\0${ID}` ? antdStaticStyle() : null),
  };
}

export default defineConfig({
  plugins: [react(), rcFormProviderAlone(), antdStaticStylesheet()],
  build: {
    outDir: 'dist/web',
    emptyOutDir: true,
    // ECharts (1.1 MB before gzip) is one chunk, loaded only by the chart pages; every other chunk is under 450 kB
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'react', test: CORE, priority: 60 },
            { name: 'vendor', test: NODE_MODULES, tags: ['$initial'], priority: 20 },
          ],
        },
      },
    },
  },
  server: {
    proxy: {
      '/api': { target: 'http://localhost:3000' },
      '/healthz': { target: 'http://localhost:3000' },
    },
  },
});
