import { defineConfig } from 'vitest/config';

// The page-weight budget test reads the built dist/, so it runs after `astro build`.
export default defineConfig({
  test: { include: ['test/size/**/*.test.ts'], environment: 'node' },
});
