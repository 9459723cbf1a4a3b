/**
 * The event the summary dispatches on `window` before moving focus to a field: a long list shown
 * a page at a time turns to the page that holds the field. Detail: `{ path, prefix }`. Its own
 * module so a runbook step's values can listen without loading the forms (./fields.ts).
 */
export const REVEAL_FIELD_EVENT = 'passerelle:reveal-field';
