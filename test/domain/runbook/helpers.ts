import { exampleProfile, type Profile } from '../../../src/domain/profile/index.ts';
import { emptyAnswers, profileFromAnswers } from '../../../src/domain/profile/wizard.ts';

/** A deep copy of the example profile, to change without touching the shared one. */
export function cloneExample(): Profile {
  return structuredClone(exampleProfile);
}

/** The example moved to Exchange 2016: two Mailbox servers, no Client Access role. */
export function exchange2016Profile(): Profile {
  const profile = cloneExample();
  profile.exchange = {
    version: '2016',
    servers: [
      { fqdn: 'mbx01.contoso.com', roles: ['Mailbox'] },
      { fqdn: 'mbx02.contoso.com', roles: ['Mailbox'] },
    ],
  };
  profile.certificates[0] = {
    ...profile.certificates[0]!,
    servers: ['mbx01.contoso.com', 'mbx02.contoso.com'],
    subject: 'CN=mbx01.contoso.com',
    san: ['mbx01.contoso.com', 'mbx02.contoso.com'],
  };
  return profile;
}

const isQuote = (c: string | undefined) => c !== undefined && /['\u2018-\u201B]/.test(c);

/**
 * The command text with every single-quoted literal cut out, read with PowerShell's rules (any of
 * ' ‘ ’ ‚ ‛ closes, a doubled one is literal). What remains is what PowerShell would parse as code.
 */
export function codeOutsideLiterals(text: string): string {
  let code = '';
  let i = 0;
  while (i < text.length) {
    if (isQuote(text[i])) {
      i += 1;
      for (;;) {
        if (i >= text.length) throw new Error(`unterminated literal in ${text}`);
        if (isQuote(text[i])) {
          if (isQuote(text[i + 1])) {
            i += 2;
            continue;
          }
          i += 1;
          break;
        }
        i += 1;
      }
      code += '␣';
    } else {
      code += text[i];
      i += 1;
    }
  }
  return code;
}

/** One Exchange 2016 server, one Lync 2013 Standard pool, one 5-digit dial plan: not the example. */
export function bostonProfile(): Profile {
  return profileFromAnswers({
    ...emptyAnswers,
    label: 'Fabrikam Boston',
    sipDomain: 'fabrikam.com',
    exchangeServers: 'ex01 both',
    lyncPools: 'lyncpool01 Standard Boston',
    dialPlans: 'BostonSIP 5 1 +16175550100',
    encryptionLevel: 'SupportEncryption',
    autoAttendants: 'BostonMain BostonSIP',
    users: 'dana@fabrikam.com\neli@fabrikam.com',
  }).profile;
}
