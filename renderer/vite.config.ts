import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// This folder, from the config's own URL: no node: import here (renderer/ is a browser layer), and
// a Windows drive letter ("/C:/…") loses its leading slash.
const here = decodeURIComponent(new URL('.', import.meta.url).pathname).replace(
  /^\/([A-Za-z]:)/,
  '$1',
);

/**
 * The renderer's build: everything (scripts, CSS, Marianne fonts, DSFR icons) becomes files in
 * dist/renderer, served under a CSP that forbids inline scripts, inline styles and eval.
 */
export default defineConfig({
  root: here,
  base: '/',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // The polyfill is an inline <script>, which the CSP refuses; Chromium has native modulepreload.
    modulePreload: { polyfill: false },
    // No data: URIs for our assets: fonts must come from 'self' (font-src has no data:).
    assetsInlineLimit: 0,
    // No maps in what ships (browser mode would serve them); scripts/build.mjs --sourcemaps adds them.
    sourcemap: false,
    target: 'chrome130',
    chunkSizeWarningLimit: 1024,
  },
});
