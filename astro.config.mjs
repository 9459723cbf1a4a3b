// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import remarkHeadingIds from './src/markdown/remark-heading-ids.ts';
import rehypeSections from './src/markdown/rehype-sections.ts';
import rehypeScrollable from './src/markdown/rehype-scrollable.ts';
import rehypeWholeWords from './src/markdown/rehype-whole-words.ts';
import { browserCatalogView, catalogDataFiles } from './src/domain/catalog/browser-view.ts';
import remarkRunbook from './src/markdown/remark-runbook.ts';
import remarkStepLinks from './src/markdown/remark-step-links.ts';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { withContentSecurityPolicy } from './src/lib/csp.ts';
import { messagePartsPlugin } from './src/i18n/vite-message-parts.ts';

/**
 * Client bundles get the catalog without its documentation provenance (see browser-view.ts); the
 * server render, the CLI and the tests read the full files. `pre` so it sees the raw JSON text.
 */
function catalogBrowserView() {
  return {
    name: 'passerelle:catalog-browser-view',
    enforce: /** @type {const} */ ('pre'),
    /** @param {string} code @param {string} id @param {{ ssr?: boolean } | undefined} options */
    transform(code, id, options) {
      // @ts-ignore Vite 8 sets this.environment; options.ssr is the older signal.
      const ssr = this?.environment ? this.environment.config.consumer === 'server' : options?.ssr === true;
      const path = (id.split('?')[0] ?? id).replaceAll('\\', '/');
      if (ssr || !catalogDataFiles.some((file) => path.endsWith(file))) return null;
      return { code: JSON.stringify(browserCatalogView(JSON.parse(code))), map: null };
    },
  };
}

/**
 * Client bundles carry only the reader's dictionary: src/i18n/index.ts imports its dictionaries
 * from ./dictionaries.ts (both, checked), and the client build resolves that import to
 * ./reader-dictionary.ts, which loads the page's language alone. The server render, the CLI, the
 * tests and the lint worker (whose build does not run this plugin) keep both.
 */
function readerDictionary() {
  const browserModule = fileURLToPath(new URL('./src/i18n/reader-dictionary.ts', import.meta.url));
  return {
    name: 'passerelle:reader-dictionary',
    enforce: /** @type {const} */ ('pre'),
    /** @param {string} source @param {string | undefined} importer */
    resolveId(source, importer) {
      // @ts-ignore Vite 8 sets this.environment
      if (!this?.environment || this.environment.config.consumer === 'server') return null;
      if (source !== './dictionaries.ts' || !importer?.replaceAll('\\', '/').endsWith('/src/i18n/index.ts')) return null;
      return browserModule;
    },
  };
}

/**
 * The islands' renderer waits for the page's whole dictionary when the page holds only part of it
 * (src/islands/renderer.ts): the client build resolves Astro's Preact renderer to that module,
 * which imports the real one.
 */
function islandRenderer() {
  const wrapper = fileURLToPath(new URL('./src/islands/renderer.ts', import.meta.url));
  return {
    name: 'passerelle:island-renderer',
    enforce: /** @type {const} */ ('pre'),
    /** @param {string} source @param {string | undefined} importer */
    resolveId(source, importer) {
      // @ts-ignore Vite 8 sets this.environment
      if (!this?.environment || this.environment.config.consumer === 'server') return null;
      if (source !== '@astrojs/preact/client.js' || importer?.replaceAll('\\', '/') === wrapper.replaceAll('\\', '/')) return null;
      return wrapper;
    },
  };
}

/**
 * Every built page gets its Content-Security-Policy as a `<meta http-equiv>`, with the hashes of
 * the inline scripts it carries (src/lib/csp.ts). Astro 7's own `security.csp` hashes the scripts
 * and styles it bundles, but not `is:inline` scripts, and it puts style hashes in `style-src`,
 * which would make browsers ignore the `'unsafe-inline'` that xterm.js's run-time styles need.
 */
function contentSecurityPolicy() {
  return {
    name: 'passerelle:csp',
    hooks: {
      /** @param {{ dir: URL }} options */
      'astro:build:done': ({ dir }) => {
        /** @param {string} folder */
        const walk = (folder) => {
          for (const entry of readdirSync(folder, { withFileTypes: true })) {
            const path = join(folder, entry.name);
            if (entry.isDirectory()) walk(path);
            else if (entry.name.endsWith('.html')) writeFileSync(path, withContentSecurityPolicy(readFileSync(path, 'utf8')));
          }
        };
        walk(fileURLToPath(dir));
      },
    },
  };
}

/**
 * `client:deployment` (src/islands/deployment-directive.ts): islands that show the deployment and
 * wait until the reader nears them, except for a reader whose browser holds their own.
 */
function deploymentDirective() {
  return {
    name: 'passerelle:client-deployment',
    hooks: {
      /** @param {{ addClientDirective: (directive: { name: string; entrypoint: string | URL }) => void }} options */
      'astro:config:setup': ({ addClientDirective }) => {
        addClientDirective({ name: 'deployment', entrypoint: fileURLToPath(new URL('./src/islands/deployment-directive.ts', import.meta.url)) });
      },
    },
  };
}

/**
 * Monaco's stylesheets, for the script editor. Monaco imports its `.css` files from its modules; when
 * Monaco is reachable only through a dynamic `import()` (it loads when the editor opens), Astro's
 * build drops that CSS and the editor renders unstyled. This client-build plugin turns each of those
 * imports into a small module that adopts the stylesheet (`?inline` text) when the chunk runs. The
 * virtual id must not end in `.css`, or Vite's CSS pipeline would take it back.
 */
function monacoStyles() {
  const prefix = '\0passerelle-monaco-style:';
  return {
    name: 'passerelle:monaco-styles',
    enforce: /** @type {const} */ ('pre'),
    /** @param {string} source @param {string | undefined} importer @returns {Promise<string | null>} */
    async resolveId(source, importer) {
      if (!importer || !source.endsWith('.css') || !importer.replaceAll('\\', '/').includes('/monaco-editor/')) return null;
      // @ts-ignore Vite 8 sets this.environment
      if (this?.environment && this.environment.config.consumer === 'server') return null;
      // @ts-ignore rollup plugin context
      const resolved = await this.resolve(source, importer, { skipSelf: true });
      return resolved ? `${prefix}${resolved.id}:style` : null;
    },
    /** @param {string} id */
    load(id) {
      if (!id.startsWith(prefix)) return null;
      const file = id.slice(prefix.length, -':style'.length);
      return `import css from ${JSON.stringify(`${file}?inline`)};\nimport { adoptMonacoStyle } from ${JSON.stringify(monacoStyleHelper)};\nadoptMonacoStyle(css);\n`;
    },
  };
}
const monacoStyleHelper = fileURLToPath(new URL('./src/islands/editor/monaco-style.ts', import.meta.url));

// No contact with Astro's telemetry host, whichever way Astro is started (the npm scripts also go
// through scripts/astro.mjs, which sets this before Astro loads).
process.env.ASTRO_TELEMETRY_DISABLED = '1';

// Static, bilingual site. Every route carries its language (`/fr/…`, `/en/…`); `/` picks one on the
// client because a static host cannot read Accept-Language (see src/pages/index.astro).
export default defineConfig({
  site: 'http://127.0.0.1:4321',
  trailingSlash: 'always',
  build: { format: 'directory' },
  i18n: {
    locales: ['fr', 'en'],
    defaultLocale: 'en',
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  markdown: {
    // Astro 7's default processor is not unified; we need unified so remark-gfm gives real GFM
    // tables and our own plugins run. gfm:false so the tables come from remark-gfm itself.
    // SmartyPants is off: French typography is written by hand, and it must never touch commands.
    processor: unified({
      gfm: false,
      smartypants: false,
      // remarkRunbook turns ```runbook step=…``` fences of runbooks/*/*.mdx into live command blocks
      // (and fails the build on a bad template); this processor applies to .mdx through @astrojs/mdx.
      remarkPlugins: [remarkGfm, remarkHeadingIds, remarkRunbook, remarkStepLinks],
      rehypePlugins: [rehypeScrollable, rehypeSections, rehypeWholeWords],
    }),
    syntaxHighlight: false,
  },
  integrations: [mdx(), preact(), deploymentDirective(), contentSecurityPolicy()],
  vite: {
    plugins: [catalogBrowserView(), monacoStyles(), readerDictionary(), messagePartsPlugin(), islandRenderer()],
    // The editor's lint worker is bundled apart: it gets the same reduced catalog as the islands.
    worker: { format: 'es', plugins: () => [catalogBrowserView()] },
    // @xterm/* are CommonJS without an `exports` field: let Vite bundle them for SSR.
    ssr: { noExternal: ['@xterm/xterm', '@xterm/addon-fit'] },
  },
  devToolbar: { enabled: false },
});
