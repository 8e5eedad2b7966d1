import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// This folder, from the config's own URL (a Windows drive letter loses its leading slash).
const here = decodeURIComponent(new URL('.', import.meta.url).pathname).replace(
  /^\/([A-Za-z]:)/,
  '$1',
);

/**
 * The staff console's build: files in central-api/console/dist, served by the central API at
 * /console/ under a CSP that forbids inline scripts and styles (no polyfill script, no data: fonts).
 */
export default defineConfig({
  root: here,
  base: '/console/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    sourcemap: false,
    target: 'chrome130',
    chunkSizeWarningLimit: 1024,
  },
});
