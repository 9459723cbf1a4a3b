/**
 * The catalog as shipped to the browser: the same cmdlets, parameters, types, enums, sets and
 * constraints the linter and completion read, without the documentation provenance (source paths,
 * where an enum was found, doc conflicts, prose constraints no check reads). About a third lighter
 * gzipped. Applied at build time to client bundles only (astro.config.mjs); the CLI, the tests and
 * the server-rendered reference pages keep the full files. A unit test proves the linter's view
 * (`buildCmdlet`) is identical either way.
 */
import type { CatalogCmdletJson, CatalogFileJson, CatalogParameterJson } from './types.ts';

/**
 * The only constraint texts `buildParameter` reads: "takes all remaining positional arguments"
 * (Write-Host -Object) and byte sizes (which are not `Unlimited` counts). Others are prose.
 */
const CONSTRAINTS_READ = [/all remaining positional arguments/, /byte/i];

function reduceParameter(p: CatalogParameterJson): CatalogParameterJson {
  // Drop the provenance-only keys (enumSource, wildcards, valuesMentioned, docConflicts…) by
  // listing what is kept rather than what is removed: a new doc-only key stays out by default.
  const kept: CatalogParameterJson = {
    type: p.type,
    switch: p.switch,
    position: null,
    aliases: p.aliases,
    sets: p.sets,
    requiredIn: p.requiredIn,
    enum: p.enum,
    enumSource: null,
    enumConfidence: p.enumConfidence,
    constraint: p.constraint && CONSTRAINTS_READ.some((re) => re.test(p.constraint!)) ? p.constraint : null,
    appliesTo: p.appliesTo,
    // Only "does it start with True" matters (acceptsPipeline).
    pipelineInput: (p.pipelineInput ?? '').startsWith('True') ? 'True' : 'False',
    multiValue: p.multiValue,
  };
  if (p.range) kept.range = p.range;
  if (p.length) kept.length = p.length;
  if (p.maxItems !== undefined) kept.maxItems = p.maxItems;
  if (p.pattern !== undefined) kept.pattern = p.pattern;
  if (p.patternFlags !== undefined) kept.patternFlags = p.patternFlags;
  if (p.specialValues !== undefined) kept.specialValues = p.specialValues;
  return kept;
}

function reduceCmdlet(c: CatalogCmdletJson): CatalogCmdletJson {
  return {
    shell: c.shell,
    appliesTo: c.appliesTo,
    sourcePath: '',
    defaultParameterSet: c.defaultParameterSet,
    parameterSets: c.parameterSets.map((s) => ({
      name: s.name,
      required: s.required,
      optional: [],
      positional: s.positional,
      ...(s.isDefault !== undefined ? { isDefault: s.isDefault } : {}),
    })),
    parameters: Object.fromEntries(Object.entries(c.parameters).map(([name, p]) => [name, reduceParameter(p)])),
  };
}

/**
 * The browser's view of one catalog file.
 * @example browserCatalogView(full).cmdlets['Set-UMDialPlan'].sourcePath // → ''
 */
export function browserCatalogView(file: CatalogFileJson): CatalogFileJson {
  return {
    generatedFrom: '',
    sourceDirectories: {},
    targetProducts: {},
    commonParameters: file.commonParameters.map((c) => ({ name: c.name, switch: c.switch, aliases: c.aliases, ...(c.enum ? { enum: c.enum } : {}) })),
    missingCmdlets: file.missingCmdlets,
    cmdlets: Object.fromEntries(Object.entries(file.cmdlets).map(([name, c]) => [name, reduceCmdlet(c)])),
    ...(file.aliases ? { aliases: file.aliases } : {}),
  };
}

/** The catalog data files the browser view applies to (paths end with these). */
export const catalogDataFiles = ['/src/domain/catalog/data/cmdlets.json', '/src/domain/catalog/data/core-cmdlets.json'] as const;
