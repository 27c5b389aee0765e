import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const page = (name: string) => fileURLToPath(new URL(name, import.meta.url));

/** The server `npm start` runs; `npm run dev:tab` sends the tab's API calls there. */
const API = 'http://127.0.0.1:3978';

/**
 * The Teams tab: built from tab/ into tab/dist, which the server serves at /tab/. The public pages
 * the app manifest links to (privacy.html, terms.html) are copied as they are.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/tab/',
  publicDir: 'public',
  // Vite 8 transforms TSX itself (oxc); React 19's automatic runtime, no plugin needed.
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // The budget is 300 KB gzip of initial JS (ARCHITECTURE.md); Vite's warning counts minified bytes.
    chunkSizeWarningLimit: 800,
    rolldownOptions: {
      // The tab, and the setup page Teams shows when the tab is added to a channel (manifest configurationUrl,
      // which keeps its address config.html so installed apps stay valid).
      input: { index: page('index.html'), setup: page('config.html') },
      onwarn(warning, warn) {
        // Fluent UI marks its modules 'use client' for React Server Components; a client bundle has no use for it.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
  // The API contract shared with the server (bot/src/contract); the tab imports nothing else of the server's.
  resolve: { alias: { '@contract': page('../bot/src/contract') } },
  server: { proxy: { '/api': API } },
});
