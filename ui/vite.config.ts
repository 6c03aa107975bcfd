/// <reference types="vitest/config" />
import { defineConfig } from 'vite';

// The API server a developer runs locally (`npm run dev` proxies /api to it).
const apiTarget = process.env.MOORING_API ?? 'http://localhost:8080';

export default defineConfig({
  // JSX through esbuild's automatic runtime: no React plugin needed.
  esbuild: { jsx: 'automatic' },
  base: './',
  build: {
    // Maven packs target/classes into the jar; the server serves /static from the classpath.
    outDir: 'target/classes/static',
    emptyOutDir: true,
  },
  server: {
    proxy: {
      '/api': { target: apiTarget, changeOrigin: true },
    },
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    // the contrast test reads the theme's colours from the stylesheet itself (styles.css?raw)
    css: { include: [/styles\.css/] },
  },
});
