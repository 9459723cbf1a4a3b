import rule from '../../../src/domain/rules/user-line-uri.ts';
import type { Profile } from '../../../src/domain/profile/index.ts';
import { testRule } from './helpers.ts';

const line = (value: string, index = 0) => (p: Profile) => void (p.users[index]!.lineUri = value);
const at = (i: number) => ['users', i, 'lineUri'];

testRule(rule, {
  valid: [
    { name: 'tel:+E.164;ext=N matching the extension (example)' },
    { name: 'the prefix in capitals', mutate: line('TEL:+33140001234;ext=1234') },
  ],
  invalid: [
    { name: 'no tel: prefix', mutate: line('+33140001234;ext=1234'), findings: [{ severity: 'error', path: at(0), variant: 'malformed' }] },
    { name: 'no plus sign', mutate: line('tel:33140001234;ext=1234'), findings: [{ severity: 'error', path: at(0), variant: 'malformed' }] },
    { name: 'a national number', mutate: line('tel:+0140001234;ext=1234'), findings: [{ severity: 'error', path: at(0), variant: 'malformed' }] },
    { name: 'spaces in the number', mutate: line('tel:+33 1 40 00 12 34;ext=1234'), findings: [{ severity: 'error', path: at(0), variant: 'malformed' }] },
    { name: 'more than 15 digits', mutate: line('tel:+3314000123456789;ext=6789'), findings: [{ severity: 'error', path: at(0), variant: 'malformed' }] },
    { name: 'no ;ext=', mutate: line('tel:+33140001234'), findings: [{ severity: 'warning', path: at(0), variant: 'missing-ext' }] },
    {
      name: ';ext= that is not the end of the number',
      mutate: (p) => {
        p.users[1]!.lineUri = 'tel:+33140009999;ext=1235';
      },
      findings: [{ severity: 'error', path: at(1), variant: 'ext-not-number-suffix' }],
    },
    {
      name: ';ext= that differs from the UM extension',
      mutate: (p) => void (p.users[2]!.extension = '5679'),
      findings: [{ severity: 'error', path: at(2), variant: 'ext-not-extension', params: { ext: '5678', extension: '5679' } }],
    },
    {
      name: 'both: the extension was changed on the Lync side only',
      mutate: line('tel:+33140001234;ext=4321'),
      findings: [
        { severity: 'error', path: at(0), variant: 'ext-not-number-suffix' },
        { severity: 'error', path: at(0), variant: 'ext-not-extension' },
      ],
    },
  ],
});
