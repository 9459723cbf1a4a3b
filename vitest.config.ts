import { defineConfig } from 'vitest/config';
import { messagePartsPlugin } from './src/i18n/vite-message-parts.ts';

// Unit tests: pure domain code, i18n, markdown plugins, CLI. Browser tests live in test/e2e (Playwright);
// the page-weight budget has its own config because it needs a built dist/. The message-parts
// plugin is the client build's, for the browser dictionary's tests.
export default defineConfig({
  plugins: [messagePartsPlugin()],
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'test/size/**', 'node_modules/**'],
    environment: 'node',
  },
});
