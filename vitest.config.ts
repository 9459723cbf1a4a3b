import { defineConfig } from 'vitest/config';

// Unit tests: pure domain code, i18n, markdown plugins, CLI. Browser tests live in test/e2e (Playwright);
// the page-weight budget has its own config because it needs a built dist/.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'test/size/**', 'node_modules/**'],
    environment: 'node',
  },
});
