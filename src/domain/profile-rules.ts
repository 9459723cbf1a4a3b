/**
 * The profile rules alone, grouped as the guide is: topology, certificates, dial plans, users.
 * Apart from the registry (./rules/index.ts, which re-exports them) because the site checks the profile on every page with an
 * island: importing the registry there would bring every script rule, the PowerShell parser and the
 * cmdlet catalog (about 35 KB of gzip) to pages that never lint a script.
 */
import type { ProfileRule } from './rules/types.ts';
import fqdnSyntax from './rules/fqdn-syntax.ts';
import uniqueServerFqdns from './rules/unique-server-fqdns.ts';
import exchangeVersionRoles from './rules/exchange-version-roles.ts';
import exchange2019NoUm from './rules/exchange-2019-no-um.ts';
import lync2010CumulativeUpdate from './rules/lync-2010-cumulative-update.ts';
import lyncVersionTests from './rules/lync-version-tests.ts';
import mediationServerPresent from './rules/mediation-server-present.ts';
import serverHasCertificate from './rules/server-has-certificate.ts';
import certificateSubjectNoWildcard from './rules/certificate-subject-no-wildcard.ts';
import certificateSubjectIsServerFqdn from './rules/certificate-subject-is-server-fqdn.ts';
import certificateSanCoversServers from './rules/certificate-san-covers-servers.ts';
import certificateSingleIssuer from './rules/certificate-single-issuer.ts';
import certificateNotSelfSigned from './rules/certificate-not-self-signed.ts';
import certificateThumbprint from './rules/certificate-thumbprint.ts';
import certificateTopology from './rules/certificate-topology.ts';
import dialPlanSipUri from './rules/dial-plan-sip-uri.ts';
import dialPlanName from './rules/dial-plan-name.ts';
import dialPlanExtensionDigits from './rules/dial-plan-extension-digits.ts';
import dialPlanCountryCode from './rules/dial-plan-country-code.ts';
import encryptionCompatibility from './rules/encryption-compatibility.ts';
import encryptionPhoneEdition from './rules/encryption-phone-edition.ts';
import dialPlanServers from './rules/dial-plan-servers.ts';
import startupModeDual from './rules/startup-mode-dual.ts';
import autoAttendantName from './rules/auto-attendant-name.ts';
import e164Numbers from './rules/e164-numbers.ts';
import outboundGateway from './rules/outbound-gateway.ts';
import lyncDialPlanPerUmDialPlan from './rules/lync-dial-plan-per-um-dial-plan.ts';
import userDialPlanExists from './rules/user-dial-plan-exists.ts';
import userSipAddress from './rules/user-sip-address.ts';
import userLineUri from './rules/user-line-uri.ts';
import userExtensionLength from './rules/user-extension-length.ts';
import faxSipDialPlan from './rules/fax-sip-dial-plan.ts';
import missedCallNotifications from './rules/missed-call-notifications.ts';
import invisibleCharacters from './rules/invisible-characters.ts';

export const profileRules: ProfileRule[] = [
  fqdnSyntax,
  uniqueServerFqdns,
  exchangeVersionRoles,
  exchange2019NoUm,
  lync2010CumulativeUpdate,
  lyncVersionTests,
  mediationServerPresent,
  serverHasCertificate,
  certificateSubjectNoWildcard,
  certificateSubjectIsServerFqdn,
  certificateSanCoversServers,
  certificateSingleIssuer,
  certificateNotSelfSigned,
  certificateThumbprint,
  certificateTopology,
  dialPlanSipUri,
  dialPlanName,
  dialPlanExtensionDigits,
  dialPlanCountryCode,
  encryptionCompatibility,
  encryptionPhoneEdition,
  dialPlanServers,
  startupModeDual,
  autoAttendantName,
  e164Numbers,
  outboundGateway,
  lyncDialPlanPerUmDialPlan,
  userDialPlanExists,
  userSipAddress,
  userLineUri,
  userExtensionLength,
  faxSipDialPlan,
  missedCallNotifications,
  invisibleCharacters,
];
