import rule from '../../../src/domain/rules/ps-typographic-character.ts';
import { testScriptRule } from './script-helpers.ts';

testScriptRule(rule, {
  valid: [
    { name: 'ASCII quotes and dashes', script: "Set-UMDialPlan -Identity 'ParisSIP' -VoIPSecurity \"Secured\"" },
    { name: 'a typographic apostrophe inside a double-quoted string is content', script: 'Write-Host "l’équipe a fini"' },
    { name: 'typographic quotes inside a single-quoted string are content', script: "Write-Host 'il a dit “oui”'" },
    { name: 'in a comment', script: '# l’équipe – étape 1\nGet-UMService' },
    { name: 'a dash inside a bare word', script: 'Get-UMDialPlan -Identity Paris–SIP' },
  ],
  invalid: [
    {
      name: 'typographic single quotes around a value',
      script: 'Set-UMDialPlan -Identity ‘ParisSIP’ -VoIPSecurity Secured',
      findings: [
        { at: '‘', variant: 'quote', params: { character: '‘', replacement: "'" } },
        { at: '’', variant: 'quote', params: { character: '’', replacement: "'" } },
      ],
    },
    {
      name: 'one typographic closing quote after an ASCII opening one',
      script: "Set-UMDialPlan -Identity 'ParisSIP’ -VoIPSecurity Secured",
      findings: [{ at: '’', variant: 'quote' }],
    },
    {
      name: 'typographic double quotes',
      script: 'New-UMAutoAttendant -Name “Accueil” -UMDialPlan ParisSIP -PilotIdentifierList 4000 -SpeechEnabled $true',
      findings: [
        { at: '“', variant: 'quote', params: { replacement: '"' } },
        { at: '”', variant: 'quote', params: { replacement: '"' } },
      ],
    },
    {
      name: 'en dash and em dash before parameters, on the second line',
      script: 'Get-UMService\nSet-UMService –Identity mbx01 —UMStartupMode Dual',
      findings: [
        { at: '–', variant: 'dash', params: { character: '–', replacement: '-' } },
        { at: '—', variant: 'dash', params: { character: '—', replacement: '-' } },
      ],
    },
    {
      name: 'a colon parameter with a typographic dash',
      script: 'Set-UMIPGateway -Identity x ―OutcallsAllowed:$false',
      findings: [{ at: '―', variant: 'dash' }],
    },
  ],
});
