/**
 * Shapes of the machine-readable cmdlet catalogs in `data/` (see shared/reference/README.md for the
 * meaning of every field). Kept separate from the loader so tests and scripts can type JSON without
 * pulling in the lookup maps.
 */

/** Which management shell a cmdlet lives in. `core` is any Windows PowerShell 5.1 session. */
export type CmdletShell = 'exchange' | 'lync' | 'core';

/** How much an `enum` list can be trusted: only `listed` and `prose` are complete enough to reject values. */
export type EnumConfidence = 'listed' | 'prose' | 'partial' | 'labels';

export interface CatalogParameterJson {
  type: string;
  switch: boolean;
  position: number | null;
  aliases: string[];
  sets: string[];
  requiredIn: string[];
  enum: string[] | null;
  enumSource: string | null;
  enumConfidence: EnumConfidence | null;
  constraint: string | null;
  appliesTo: string[] | null;
  pipelineInput: string | null;
  multiValue: boolean;
  range?: { min?: number; max?: number };
  length?: { max: number };
  maxItems?: number;
  pattern?: string;
  patternFlags?: string;
  specialValues?: string[];
  valuesMentioned?: string[];
  wildcards?: boolean;
}

export interface CatalogParameterSetJson {
  name: string;
  required: string[];
  optional: string[];
  positional: string[];
  isDefault?: boolean;
}

export interface CatalogCmdletJson {
  shell: CmdletShell;
  appliesTo: string[];
  sourcePath: string;
  defaultParameterSet: string | null;
  parameterSets: CatalogParameterSetJson[];
  parameters: Record<string, CatalogParameterJson>;
}

export interface CommonParameterJson {
  name: string;
  switch: boolean;
  aliases: string[];
  enum?: string[];
}

export interface CatalogFileJson {
  generatedFrom: string;
  sourceDirectories: Record<string, string>;
  targetProducts: Record<string, string[]>;
  commonParameters: CommonParameterJson[];
  missingCmdlets: string[];
  cmdlets: Record<string, CatalogCmdletJson>;
  aliases?: Record<string, string>;
}
