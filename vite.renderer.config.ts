import { resolve } from 'node:path';
import { defineConfig, type UserConfig } from 'vite';
import react from '@vitejs/plugin-react';

const root = resolve(import.meta.dirname, 'src/renderer');

/**
 * The renderer build, shared by electron-vite (for the app) and `npm run build:renderer` (for the headless
 * host and the end-to-end tests). One HTML entry per window; host-bridge.js is only loaded by the host.
 */
export const rendererConfig: UserConfig = {
  root,
  base: './',
  plugins: [react()],
  build: {
    outDir: resolve(import.meta.dirname, 'out/renderer'),
    emptyOutDir: true,
    target: 'chrome140',
    rollupOptions: {
      input: {
        till: resolve(root, 'till/index.html'),
        preferences: resolve(root, 'preferences/index.html'),
        'customer-display': resolve(root, 'customer-display/index.html'),
        'host-bridge': resolve(root, 'host-bridge.ts'),
      },
      output: {
        entryFileNames: (chunk) =>
          chunk.name === 'host-bridge' ? 'host-bridge.js' : 'assets/[name]-[hash].js',
      },
    },
  },
};

export default defineConfig(rendererConfig);
