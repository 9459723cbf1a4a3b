import { describe, expect, it } from 'vitest';
import { exampleProfile } from '../../../src/domain/profile/index.ts';
import { anyStepById } from '../../../src/domain/runbook/procedures.ts';
import type { StepId } from '../../../src/domain/runbook/types.ts';
import { runbookSteps } from '../../../src/domain/runbook/procedures.ts';
import { t } from '../../../src/i18n/index.ts';
import {
  checkOutput,
  commandArguments,
  outputCheckFor,
  stepOutputChecks,
  verdictLines,
  verdictProblem,
  type OutputCheck,
} from '../../../src/domain/verify/index.ts';
import { profile2016 } from './helpers.ts';

/** The check of the first verification command of `step` whose text matches `pattern`. */
function checkOf(step: StepId, pattern: RegExp, profile = exampleProfile): OutputCheck {
  const check = stepOutputChecks(profile, anyStepById(step)!).find((c) => pattern.test(c.command.text));
  if (!check) throw new Error(`no check for ${step} ${pattern}`);
  return check;
}

const parisDialPlan = `
Name                      : ParisSIP
URIType                   : SipName
VoIPSecurity              : Secured
NumberOfDigitsInExtension : 4
AccessTelephoneNumbers    : {+33140001000}
PhoneContext              : ParisSIP.contoso.com
`;

describe('commandArguments', () => {
  it('reads the first cmdlet and its static arguments, quoted or not', () => {
    const parsed = commandArguments("Get-CsUser -Identity 'alice@contoso.com' | Format-List SipAddress");
    expect(parsed?.cmdlet).toBe('Get-CsUser');
    expect(parsed?.args.get('identity')).toBe('alice@contoso.com');
  });
});

describe('Get-UMDialPlan (create-um-dial-plans)', () => {
  const check = checkOf('create-um-dial-plans', /ParisSIP/);

  it('expects URIType, VoIPSecurity, NumberOfDigitsInExtension and the access number, on the ParisSIP object', () => {
    expect(check.expectations.map((e) => [e.kind, e.property, e.expected.join(',')])).toEqual([
      ['equals', 'URIType', 'SipName'],
      ['equals', 'VoIPSecurity', 'Secured'],
      ['equals', 'NumberOfDigitsInExtension', '4'],
      ['includes', 'AccessTelephoneNumbers', '+33140001000'],
    ]);
    expect(check.expectations.every((e) => e.select?.value === 'ParisSIP')).toBe(true);
  });

  it('matched: the real output, also with CRLF and a prompt line', () => {
    expect(checkOutput(check, parisDialPlan).status).toBe('verified');
    expect(checkOutput(check, `[PS] C:\\Windows\\system32>Get-UMDialPlan -Identity ParisSIP | Format-List\r\n${parisDialPlan.replace(/\n/g, '\r\n')}`).status).toBe('verified');
  });

  it('mismatched: VoIPSecurity Unsecured is named, with what the output shows', () => {
    const verdict = checkOutput(check, parisDialPlan.replace('VoIPSecurity              : Secured', 'VoIPSecurity              : Unsecured'));
    expect(verdict.status).toBe('mismatch');
    const failed = verdict.results.filter((r) => r.status !== 'matched');
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({ status: 'mismatched', reason: 'differs', actual: 'Unsecured', expectation: { property: 'VoIPSecurity' } });
    const [line] = verdictLines(verdict, 'en').filter((l) => l.status !== 'matched');
    expect(line).toMatchObject({ expectation: 'VoIPSecurity is Secured, for the object whose Name is ParisSIP', reason: 'The output shows Unsecured, not Secured.', href: '/en/reference/rules/encryption-compatibility/' });
    expect(verdictLines(verdict, 'fr').find((l) => l.status !== 'matched')?.reason).toBe('La sortie montre Unsecured, et non Secured.');
  });

  it('missing: a property the paste does not show, or another dial plan', () => {
    const noDigits = checkOutput(check, parisDialPlan.replace(/NumberOfDigitsInExtension.*\n/, ''));
    expect(noDigits.results.find((r) => r.status !== 'matched')).toMatchObject({ status: 'missing', reason: 'notShown' });
    const lyon = checkOutput(check, parisDialPlan.replace(/ParisSIP/g, 'LyonSIP'));
    expect(lyon.status).toBe('mismatch');
    expect(lyon.results.every((r) => r.status === 'missing' && r.reason === 'objectNotFound')).toBe(true);
  });

  it('missing, not mismatched: an access number hidden by a truncated collection', () => {
    const verdict = checkOutput(check, parisDialPlan.replace('{+33140001000}', '{+33140009990, +33140009991, +33140009992, +33140009993...}'));
    expect(verdict.results.find((r) => r.expectation.property === 'AccessTelephoneNumbers')).toMatchObject({ status: 'missing', reason: 'truncated' });
  });

  it('reads the same object as ConvertTo-Json output and as a table', () => {
    const json = JSON.stringify({ Name: 'ParisSIP', URIType: 'SipName', VoIPSecurity: 'Secured', NumberOfDigitsInExtension: 4, AccessTelephoneNumbers: ['+33140001000'] }, null, 4);
    expect(checkOutput(check, json).status).toBe('verified');
    const table = ['Name     URIType VoIPSecurity NumberOfDigitsInExtension AccessTelephoneNumbers', '----     ------- ------------ ------------------------- ----------------------', 'ParisSIP SipName Secured                              4 {+33140001000}'].join('\n');
    expect(checkOutput(check, table).status).toBe('verified');
  });

  it.each([
    ['another cmdlet’s output', 'DialPlans     : {ParisSIP, LyonSIP}\nUMStartupMode : Dual', 'wrongObject'],
    ['another cmdlet named by the prompt', 'PS C:\\> Get-UMService\n\nName : ParisSIP\nURIType : SipName', 'wrongCommand'],
    ['an error record', "Get-UMDialPlan : The operation couldn't be performed because object 'ParisSIP' couldn't be found on 'dc01.contoso.com'.\n    + CategoryInfo          : NotSpecified: (:) [Get-UMDialPlan], ManagementObjectNotFoundException\n    + FullyQualifiedErrorId : 5E8A1A2F", 'errorRecord'],
    ['random text', 'The quick brown fox jumps over the lazy dog.\nNothing here.', 'noObjects'],
    ['10 MB of text', 'URIType : SipName\n'.repeat(600_000), 'tooLarge'],
    ['binary', 'MZ\u0090\u0000\u0003\u0000\u0000\u0000\u0004\u0000', 'binary'],
    ['nothing', '  \r\n ', 'empty'],
  ])('bad input — %s — is unreadable with a message naming what was expected', (_name, text, code) => {
    const verdict = checkOutput(check, text);
    expect(verdict.status).toBe('unreadable');
    expect(verdict.problem?.code).toBe(code);
    for (const lang of ['en', 'fr'] as const) {
      const message = verdictProblem(verdict, check, lang)!;
      expect(message).toContain('Get-UMDialPlan');
      expect(message).not.toMatch(/\{\w+\}/);
    }
  });
});

describe('startup mode, certificates, services', () => {
  it('set-startup-mode expects UMStartupMode Dual and the SIP dial plans on each UM server', () => {
    const check = checkOf('set-startup-mode', /Get-UMService -Identity mbx01/);
    expect(checkOutput(check, 'DialPlans     : {ParisSIP, LyonSIP}\nUMStartupMode : Dual').status).toBe('verified');
    const tcp = checkOutput(check, 'DialPlans     : {ParisSIP}\nUMStartupMode : TCP');
    expect(tcp.results.map((r) => [r.expectation.property, r.reason, r.lacking ?? r.actual])).toEqual([
      ['DialPlans', 'lacks', ['LyonSIP']],
      ['UMStartupMode', 'differs', 'TCP'],
    ]);
  });

  it('enable-um-certificates expects the certificate (by subject) with Services including UM / UMCallRouter', () => {
    const mbx = checkOf('enable-um-certificates', /mbx01/);
    const certificate = (services: string) => `
Thumbprint         : A71B7E36A81B7FC9A51B7B10A61B7CA3AB1B8482
Subject            : CN=mbx01
CertificateDomains : {mbx01, mbx01.contoso.com}
Services           : IMAP, POP, IIS, SMTP

Thumbprint         : C5A5C9ACC6A5CB3FC7A5CCD2C8A5CE65C1A5C360
Subject            : CN=cas01.contoso.com
CertificateDomains : {cas01.contoso.com, mbx01.contoso.com, mbx02.contoso.com}
Services           : ${services}
`;
    expect(checkOutput(mbx, certificate('IMAP, UM')).status).toBe('verified');
    expect(checkOutput(mbx, certificate('None')).results.find((r) => r.expectation.property === 'Services')).toMatchObject({ reason: 'lacks', lacking: ['UM'] });
    const cas = checkOf('enable-um-certificates', /cas01/);
    expect(cas.expectations.find((e) => e.property === 'Services')?.expected).toEqual(['UMCallRouter']);
  });

  it('with a thumbprint in the profile, the certificate is selected by it (Exchange 2016: UM and UMCallRouter)', () => {
    const profile = profile2016();
    const check = checkOf('enable-um-certificates', /mbx01/, profile);
    expect(check.expectations[0]).toMatchObject({ property: 'Thumbprint', expected: ['0123456789ABCDEF0123456789ABCDEF01234567'] });
    expect(check.expectations.find((e) => e.property === 'Services')?.expected).toEqual(['UM', 'UMCallRouter']);
  });

  it('restart-um-services reads Get-Service, sc query or net start, in English or French Windows', () => {
    const check = checkOf('restart-um-services', /MSExchangeUM\b(?!CR)/);
    expect(checkOutput(check, 'Name   : MSExchangeUM\nStatus : Running').status).toBe('verified');
    expect(checkOutput(check, 'Name   : MSExchangeUM\nStatus : Stopped').results[0]).toMatchObject({ reason: 'differs', actual: 'Stopped' });
    expect(checkOutput(check, 'NOM_SERVICE: MSExchangeUM\n        TYPE               : 10  WIN32_OWN_PROCESS\n        ÉTAT               : 4  RUNNING').status).toBe('verified');
    expect(checkOutput(check, 'Ces services Windows sont démarrés :\n\n   Messagerie unifiée Microsoft Exchange\n\nLa commande s’est terminée correctement.').status).toBe('verified');
    expect(checkOutput(check, 'These Windows services are started:\n\n   Windows Event Log\n\nThe command completed successfully.').results[0]).toMatchObject({ status: 'missing', reason: 'objectNotFound' });
  });
});

describe('gateways, tests', () => {
  const table = (paris: string, lyon: string) => `
Name Address                    OutcallsAllowed
---- -------                    ---------------
1:1  lyncpool-paris.contoso.com ${paris}
2:1  lyncpool-lyon.contoso.com  ${lyon}
`;
  const restrict = checkOf('restrict-outbound-gateways', /Get-UMIPGateway/);

  it('restrict-outbound-gateways: exactly one gateway allows outgoing calls, the outbound pool’s', () => {
    expect(checkOutput(restrict, table('True', 'False')).status).toBe('verified');
    const both = checkOutput(restrict, table('True', 'True'));
    expect(both.results[0]).toMatchObject({ status: 'mismatched', reason: 'counted', actual: '2' });
    const wrongOne = checkOutput(restrict, table('False', 'True'));
    expect(wrongOne.results.map((r) => r.status)).toEqual(['matched', 'mismatched']);
    expect(verdictLines(wrongOne, 'en')[1]!.expectation).toBe('OutcallsAllowed is True, for the object whose Address is lyncpool-paris.contoso.com');
  });

  it('test-exum: Result Success, anything else is named', () => {
    const check = checkOf('test-exum', /Test-CsExUMConnectivity/);
    expect(checkOutput(check, 'TargetFqdn : lyncpool-paris.contoso.com\nResult     : Success\nLatency    : 00:00:02\nError      :\nDiagnosis  :').status).toBe('verified');
    expect(checkOutput(check, 'TargetFqdn : lyncpool-paris.contoso.com\nResult     : Failure\nError      : 504 Server time-out').results[0]).toMatchObject({ reason: 'differs', actual: 'Failure' });
  });
});

describe('coverage', () => {
  it('every verification command of every published runbook has a check, for the example and a 2016 profile', () => {
    for (const profile of [exampleProfile, profile2016()]) {
      for (const slug of ['deploy-um-lync', 'rerun-exchucutil', 'move-dial-plan-to-secured'] as const) {
        for (const step of runbookSteps(slug)!) {
          // A console check (Active Directory Users and Computers after OcsUmUtil) prints nothing to paste.
          for (const command of step.generate(profile).filter((c) => c.verify && c.shell !== 'gui')) {
            expect(outputCheckFor(profile, command, step), `${slug} ${command.text}`).toBeDefined();
          }
        }
      }
    }
  });

  it('every reason, expectation and problem has its words in both languages', () => {
    for (const lang of ['en', 'fr'] as const) {
      for (const key of ['matched', 'differs', 'lacks', 'counted', 'notShown', 'objectNotFound', 'truncated', 'noObjects']) expect(t(lang, `verify.reason.${key}`)).not.toBe(`verify.reason.${key}`);
      for (const key of ['empty', 'tooLarge', 'binary', 'errorRecord', 'invalidJson', 'noObjects', 'wrongObject', 'wrongCommand']) expect(t(lang, `verify.problem.${key}`)).not.toBe(`verify.problem.${key}`);
    }
  });
});

