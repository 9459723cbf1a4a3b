/**
 * Adopts one of Monaco's stylesheets (see `monacoStyles` in astro.config.mjs). A constructed
 * stylesheet rather than a `<style>` element, so a strict `style-src` policy has nothing inline to
 * refuse; older browsers without `adoptedStyleSheets` get a `<style>` element.
 */
export function adoptMonacoStyle(css: string): void {
  if (typeof document === 'undefined') return;
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  } catch {
    const style = document.createElement('style');
    style.dataset.monaco = '';
    style.textContent = css;
    document.head.append(style);
  }
}
