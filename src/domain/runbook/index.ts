/**
 * The runbook: the deployment's steps, their command templates and the rendering of those
 * templates from a profile. `generateAll(profile)` is what the CLI and the site show.
 */
export * from './types.ts';
export { steps, stepById, stepIds, generateAll } from './steps.ts';
export { renderTemplate, placeholdersOf, TemplateError, type Bindings, type BindingValue, type Placeholder, type PlaceholderMode } from './template.ts';
export { commandTemplates, placeholderSources, templatePlaceholders, type TemplateId, type PlaceholderName, type PlaceholderSource } from './templates.ts';
export { withheldSteps } from './withhold.ts';

/** The i18n keys of a step's texts. */
export function stepMessageKeys(id: string) {
  return {
    title: `step.${id}.title`,
    purpose: `step.${id}.purpose`,
    preconditions: `step.${id}.preconditions`,
    verify: `step.${id}.verify`,
  } as const;
}
export { renderRunbookScript, generateSteps, commentSafe, type GeneratedStep, type RunbookScriptOptions } from './script.ts';
