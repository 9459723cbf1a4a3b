/**
 * The only rule registry. Profile rules check the deployment profile; script rules check PowerShell
 * scripts through the linter. Each rule lives in its own file; its id is the file name.
 */
import type { CertificateRule, Rule, ScriptRule } from './types.ts';
// profile rules: their own module, so what only checks the profile (the islands' checkProfile) loads
// neither the script rules nor the cmdlet catalog they read
import { profileRules } from '../profile-rules.ts';
// certificate rules: certificates read from files (the certificate inspector)
import certificateValidity from './certificate-validity.ts';
import certificateKeySize from './certificate-key-size.ts';
import certificateServerAuthentication from './certificate-server-authentication.ts';
import certificateServesServers from './certificate-serves-servers.ts';
// script rules: ordering across a script
import orderCertificateBeforeStartupMode from './order-certificate-before-startup-mode.ts';
import orderRestartAfterStartupMode from './order-restart-after-startup-mode.ts';
import dialPlansReplaceList from './dial-plans-replace-list.ts';
import umObjectName from './um-object-name.ts';
import outcallsAfterExchUcUtil from './outcalls-after-exchucutil.ts';
import exchUcUtilFromScriptsFolder from './exchucutil-from-scripts-folder.ts';
import restartFrontEndAfterExchUcUtil from './restart-front-end-after-exchucutil.ts';

// script rules: the PowerShell linter (commands, parameters, values)
import psParseError from './ps-parse-error.ts';
import psUnexpectedToken from './ps-unexpected-token.ts';
import psChainOperator from './ps-chain-operator.ts';
import psFileEncoding from './ps-file-encoding.ts';
import psUnknownCmdlet from './ps-unknown-cmdlet.ts';
import psWrongShell from './ps-wrong-shell.ts';
import psProductVersion from './ps-product-version.ts';
import psUnknownParameter from './ps-unknown-parameter.ts';
import psAmbiguousParameter from './ps-ambiguous-parameter.ts';
import psDuplicateParameter from './ps-duplicate-parameter.ts';
import psMissingArgument from './ps-missing-argument.ts';
import psParameterSetConflict from './ps-parameter-set-conflict.ts';
import psMissingMandatory from './ps-missing-mandatory.ts';
import psUnexpectedArgument from './ps-unexpected-argument.ts';
import psSwitchPositionalBoolean from './ps-switch-positional-boolean.ts';
import psEnumValue from './ps-enum-value.ts';
import psBooleanValue from './ps-boolean-value.ts';
import psIntegerValue from './ps-integer-value.ts';
import psValueRange from './ps-value-range.ts';
import psValueLength from './ps-value-length.ts';
import psValuePattern from './ps-value-pattern.ts';
import psValueCount from './ps-value-count.ts';
import psProfileContradiction from './ps-profile-contradiction.ts';
import psInvisibleCharacters from './ps-invisible-characters.ts';
import psTypographicCharacter from './ps-typographic-character.ts';

export { profileRules };

export const scriptRules: ScriptRule[] = [
  // the PowerShell linter: syntax, commands, parameters, values, profile facts
  psParseError,
  psUnexpectedToken,
  psChainOperator,
  psFileEncoding,
  psUnknownCmdlet,
  psWrongShell,
  psProductVersion,
  psUnknownParameter,
  psAmbiguousParameter,
  psDuplicateParameter,
  psMissingArgument,
  psParameterSetConflict,
  psMissingMandatory,
  psUnexpectedArgument,
  psSwitchPositionalBoolean,
  psEnumValue,
  psBooleanValue,
  psIntegerValue,
  psValueRange,
  psValueLength,
  psValuePattern,
  psValueCount,
  psProfileContradiction,
  psInvisibleCharacters,
  psTypographicCharacter,
  // ordering across a script
  orderCertificateBeforeStartupMode,
  orderRestartAfterStartupMode,
  dialPlansReplaceList,
  umObjectName,
  outcallsAfterExchUcUtil,
  exchUcUtilFromScriptsFolder,
  restartFrontEndAfterExchUcUtil,
];

/**
 * Rules over one certificate read from a file. The inspector also runs the certificate profile
 * rules above on the profile as it would be with that certificate (`src/domain/certificates/check.ts`).
 */
export const certificateRules: CertificateRule[] = [certificateServesServers, certificateValidity, certificateKeySize, certificateServerAuthentication];

// A pure call rather than an array spread: bundlers treat a top-level spread as a possible side
// effect and would then ship every script rule (and the cmdlet catalog) to each island that only
// calls checkProfile. With the annotation, an island that never reads `rules` leaves them out.
export const rules: Rule[] = /* @__PURE__ */ (profileRules as Rule[]).concat(scriptRules, certificateRules);

/** Finds a rule by id. */
export function ruleById(id: string): Rule | undefined {
  return rules.find((rule) => rule.id === id);
}
