// A part of a dictionary (src/i18n/vite-message-parts.ts): some of its messages, as JSON.
declare module '*.json?part=runbook' {
  const messages: Record<string, string>;
  export default messages;
}
declare module '*.json?part=findings' {
  const messages: Record<string, string>;
  export default messages;
}
