/**
 * A large deployment for the performance tests and the browser bench: the example profile with
 * `userCount` users, each with its own SIP address, line URI and extension.
 */
import example from '../../src/domain/profile/example.json' with { type: 'json' };

export function largeProfile(userCount: number): typeof example {
  const dialPlan = example.users[0]!.dialPlan;
  const users = Array.from({ length: userCount }, (_, i) => {
    const extension = String(1000 + (i % 9000));
    return {
      identity: `user${i}@contoso.com`,
      sipAddress: `sip:user${i}@contoso.com`,
      lineUri: `tel:+3314000${extension};ext=${extension}`,
      extension,
      dialPlan,
      mailboxVersion: '2013',
    };
  });
  return { ...example, users };
}
