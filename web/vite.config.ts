import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// The local cloud serves the API, /config.json and the built app from one port (3000 by default):
// `npm run dev` proxies what is not the app's to it.
const cloud = process.env.JOBMATE_API ?? 'http://127.0.0.1:3000';

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    manifest: true,
    target: 'es2022',
  },
  server: {
    proxy: {
      '/config.json': cloud,
      '/local': cloud,
      '/ws': { target: cloud.replace(/^http/, 'ws'), ws: true },
    },
  },
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts'],
    pool: 'threads',
    maxWorkers: 1,
  },
});
