import rule from '../../../src/domain/rules/certificate-thumbprint.ts';
import { testRule, type Mutation } from './helpers.ts';

const set = (thumbprint: string): Mutation => (p) => void (p.certificates[0]!.thumbprint = thumbprint);

testRule(rule, {
  valid: [
    { name: 'no thumbprint yet (example): the runbook looks the certificate up by subject' },
    { name: 'upper-case hex, as Get-ExchangeCertificate prints it', mutate: set('0A1B2C3D4E5F60718293A4B5C6D7E8F90A1B2C3D') },
    { name: 'lower-case hex', mutate: set('0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d') },
  ],
  invalid: [
    { name: 'spaces from the Windows certificate dialog', mutate: set('0a 1b 2c 3d 4e 5f 60 71 82 93 a4 b5 c6 d7 e8 f9 0a 1b 2c 3d'), findings: [{ severity: 'error', path: ['certificates', 0, 'thumbprint'] }] },
    { name: 'an invisible mark pasted before it', mutate: set('\u200E0A1B2C3D4E5F60718293A4B5C6D7E8F90A1B2C3D'), findings: [{ severity: 'error', path: ['certificates', 0, 'thumbprint'] }] },
    { name: 'a non-ASCII letter that a misread file turns into a quote', mutate: set('0A1B2C3D4E5F60718293A4B5C6D7E8F90A1B2CŒ'), findings: [{ severity: 'error', path: ['certificates', 0, 'thumbprint'] }] },
    { name: 'too short', mutate: set('0A1B2C'), findings: [{ severity: 'error', path: ['certificates', 0, 'thumbprint'] }] },
    { name: 'empty', mutate: set(''), findings: [{ severity: 'error', path: ['certificates', 0, 'thumbprint'] }] },
  ],
});
