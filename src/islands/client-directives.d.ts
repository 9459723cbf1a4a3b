/** The site's own `client:` directive (registered in astro.config.mjs). */
declare namespace Astro {
  interface ClientDirectives {
    /** Hydrates near the screen, or once idle for a reader with their own deployment: src/islands/deployment-directive.ts. */
    'client:deployment'?: boolean | { rootMargin?: string };
  }
}
