/**
 * Where a form field stands until its island is live. After `DOMContentLoaded` the browser's form
 * autofill examines every text field, text area and select of the page, and for each block under
 * `content-visibility` that holds one it styles and lays out the whole block: on the profile page
 * the inventory import, the encryption table, the certificate inspector and the record cost a
 * phone's main thread most of its blocking time (Lighthouse's simulated total blocking time,
 * median of six runs: 236 ms with them, 54 ms without). None of them works without scripts, and
 * their islands go live two screens before the reader reaches them, so the server renders this box
 * in the field's place instead: the field's own size (runbook-state.css, `.field-pending`), so that
 * nothing moves when the field replaces it, and nothing for autofill to examine.
 * (File choosers are not examined, and stay.)
 */
export function PendingField({ kind, rows }: { kind: 'line' | 'area'; rows?: number }) {
  return <span class={`field-pending field-pending--${kind}`} style={rows ? { '--rows': rows } : undefined} aria-hidden="true" />;
}
