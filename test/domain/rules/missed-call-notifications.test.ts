import rule from '../../../src/domain/rules/missed-call-notifications.ts';
import { testRule } from './helpers.ts';

testRule(rule, {
  valid: [
    { name: 'mailboxes on Exchange 2013 (example)' },
    { name: 'a mailbox on Exchange 2016', mutate: (p) => void (p.users[0]!.mailboxVersion = '2016') },
    { name: 'mailbox version not given', mutate: (p) => void delete p.users[0]!.mailboxVersion },
  ],
  invalid: [
    {
      name: 'a mailbox on Exchange 2010',
      mutate: (p) => void (p.users[1]!.mailboxVersion = '2010'),
      findings: [{ severity: 'warning', path: ['users', 1, 'mailboxVersion'], params: { user: 'bruno@contoso.com', mailboxVersion: '2010' } }],
    },
    {
      name: 'mailboxes on Exchange 2007 and 2010',
      mutate: (p) => {
        p.users[0]!.mailboxVersion = '2007';
        p.users[2]!.mailboxVersion = '2010';
      },
      findings: [
        { severity: 'warning', path: ['users', 0, 'mailboxVersion'] },
        { severity: 'warning', path: ['users', 2, 'mailboxVersion'] },
      ],
    },
  ],
});
