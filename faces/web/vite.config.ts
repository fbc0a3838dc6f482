// Builds the web UI of `newstrace serve` from faces/web/src into faces/web/dist (npm's `prepare`
// runs it after `npm ci`); `npx vite faces/web` serves it with /api sent on to a running server.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** Where `vite` (dev) sends /api requests: NEWSTRACE_API, else a server on this machine's port 8080. */
const api = process.env.NEWSTRACE_API ?? 'http://127.0.0.1:8080';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  // Note: absolute asset paths, so that a deep link such as /stories/x loads /assets/… and not
  // /stories/assets/…; the server answers every non-/api path with index.html.
  base: '/',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true },
  server: {
    proxy: { '/api': { target: api, changeOrigin: true } },
    // The UI imports a few pure formatting functions from src/report (derivation and coverage phrases).
    fs: { allow: [fileURLToPath(new URL('../..', import.meta.url))] },
  },
});
