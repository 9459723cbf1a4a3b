import rule from '../../../src/domain/rules/order-certificate-before-startup-mode.ts';
import { testScriptRule } from './script-rule-table.ts';

const enableUm = 'Enable-ExchangeCertificate -Server mbx01.contoso.com -Thumbprint ABC123 -Services UM';

testScriptRule(rule, {
  valid: [
    { name: 'startup mode first, then the certificate', script: `Set-UMService -Identity mbx01.contoso.com -UMStartupMode Dual\n${enableUm}` },
    { name: 'TLS is enough', script: `Set-UMService mbx01.contoso.com -UMStartupMode TLS\n${enableUm}` },
    { name: 'no startup mode in the script (set earlier)', script: enableUm },
    { name: 'another server changes later', script: `${enableUm}\nSet-UMService -Identity mbx02.contoso.com -UMStartupMode Dual` },
    { name: 'the call router changes later, UM was assigned', script: `${enableUm}\nSet-UMCallRouterSettings -Server mbx01.contoso.com -UMStartupMode Dual` },
    { name: 'IIS only', script: 'Enable-ExchangeCertificate -Server mbx01 -Thumbprint ABC -Services IIS\nSet-UMService -Identity mbx01 -UMStartupMode Dual' },
    { name: 'computed server', script: 'Enable-ExchangeCertificate -Server $s -Thumbprint ABC -Services UM\nSet-UMService -Identity mbx01 -UMStartupMode Dual' },
    { name: 'later change to TCP only', script: `${enableUm}\nSet-UMService -Identity mbx01.contoso.com -UMStartupMode TCP` },
    { name: 'implicit server after Dual set for a named server', script: 'Set-UMService mbx01 -UMStartupMode Dual\nEnable-ExchangeCertificate -Thumbprint ABC -Services UM' },
  ],
  invalid: [
    {
      name: 'certificate before Dual on the same Mailbox server',
      script: `${enableUm}\nSet-UMService -Identity mbx01.contoso.com -UMStartupMode Dual`,
      findings: [{ line: 1, column: 1, endLine: 1, endColumn: enableUm.length + 1, params: { server: 'mbx01.contoso.com', service: 'UM', line: 2 } }],
    },
    {
      name: 'short name and FQDN are the same server',
      script: 'Enable-ExchangeCertificate -Server cas01 -Thumbprint ABC -Services UMCallRouter\nSet-UMCallRouterSettings -Server cas01.contoso.com -UMStartupMode TLS',
      findings: [{ line: 1, column: 1, params: { service: 'UMCallRouter' } }],
    },
    {
      name: 'Exchange 2016: both services, both late',
      script: [
        'Enable-ExchangeCertificate -Server mbx01 -Thumbprint ABC -Services UM,UMCallRouter',
        'Set-UMService -Identity mbx01 -UMStartupMode Dual',
        'Set-UMCallRouterSettings -Server mbx01 -UMStartupMode Dual',
      ].join('\n'),
      findings: [
        { line: 1, column: 1, params: { service: 'UM' } },
        { line: 1, column: 1, params: { service: 'UMCallRouter' } },
      ],
    },
    {
      name: 'implicit local server, then a positional server name (the local machine may be mbx01)',
      script: 'Enable-ExchangeCertificate -Thumbprint ABC -Services UM\nSet-UMService mbx01 -UMStartupMode Dual',
      findings: [{ line: 1, column: 1, params: { server: '(local)', service: 'UM', line: 2 } }],
    },
    {
      name: 'a named server, then the startup mode set on the local server',
      script: 'Enable-ExchangeCertificate -Server cas01 -Thumbprint ABC -Services UMCallRouter\nSet-UMCallRouterSettings -UMStartupMode Dual',
      findings: [{ line: 1, column: 1, params: { server: 'cas01', service: 'UMCallRouter', line: 2 } }],
    },
    {
      name: 'positional thumbprint and a positional server name',
      script: 'Enable-ExchangeCertificate ABC -Server mbx01 -Services UM\nSet-UMService mbx01.contoso.com -UMStartupMode TLS',
      findings: [{ line: 1, column: 1, params: { server: 'mbx01', service: 'UM' } }],
    },
    {
      name: 'local server on both sides (no -Server)',
      script: '  Enable-ExchangeCertificate ABC -Services UMCallRouter\nSet-UMCallRouterSettings -UMStartupMode Dual',
      findings: [{ line: 1, column: 3 }],
    },
  ],
});
