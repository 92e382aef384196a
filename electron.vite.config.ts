// electron-vite: main (ESM, deps external), preload (CJS bundle: sandboxed preloads cannot be
// ES modules), renderer (the same React app and pdfjs assets as the web build).
import path from 'node:path';
import { defineConfig } from 'electron-vite';
import { rendererPlugins, rendererRoot, rendererTarget, rendererWorker } from './vite.web.config';

export default defineConfig({
  main: {
    build: {
      // The workers are entries of their own, at fixed places (see src/main/app/app-paths.ts); the
      // recognition lane sits beside the analysis worker, which starts it.
      rolldownOptions: {
        input: {
          index: path.resolve('src/main/index.ts'),
          'analyze-worker': path.resolve('src/main/services/analyze-worker.ts'),
          'notice-worker': path.resolve('src/main/services/export/notice-worker.ts'),
          'recognition-worker': path.resolve('src/main/services/recognition-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      // Bundle everything: a sandboxed preload can only require('electron').
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: path.resolve('src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: rendererRoot,
    plugins: rendererPlugins(),
    worker: rendererWorker,
    build: {
      // Explicit: electron-vite 6 knows Electron up to 44 and would target that Chromium.
      target: rendererTarget,
      rolldownOptions: { input: { index: path.join(rendererRoot, 'index.html') } },
      chunkSizeWarningLimit: 4096,
    },
  },
});
