/** The site's own `client:` directives (astro.config.mjs), known to the Astro type checker. */
import 'astro';

declare module 'astro' {
  interface AstroClientDirectives {
    /** src/islands/directives/profile.ts */
    'client:profile'?: boolean;
  }
}
