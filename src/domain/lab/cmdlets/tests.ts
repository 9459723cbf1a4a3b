/**
 * Test-CsExUMConnectivity and Test-CsExUMVoiceMail (Lync Server 2013 and later). They pass only
 * when `diagnoseExUm` finds nothing missing. A failure prints the real result shape (TargetFqdn,
 * Result, Latency, Error, Diagnosis) with the first problem as the error — "Incompatible security
 * setting" when the encryption settings disagree — and then one hint per missing piece in the
 * reader's language.
 */
import { requireParam, stringParam } from '../call.ts';
import type { CmdletCall, CmdletHandler, LabContext } from '../context.ts';
import { notRecognized } from '../output.ts';
import { diagnoseExUm, exUmAdvisories, problemErrorText, userBySip, userDialPlan, type ExUmProblem } from '../readiness.ts';
import { psObject, type PsValue } from '../values.ts';

/** The one problem the real test reports first: the security mismatch wins, as the call dies there. */
function primary(problems: readonly ExUmProblem[]): ExUmProblem {
  return problems.find((p) => p.code === 'incompatible-security-setting') ?? problems[0]!;
}

function result(ctx: LabContext, targetFqdn: string, problems: readonly ExUmProblem[], extra: Record<string, PsValue> = {}, mailboxOwner = ''): PsValue[] {
  const failed = problems.length > 0;
  const first = failed ? primary(problems) : undefined;
  const out = psObject(
    'Microsoft.Rtc.SyntheticTransactions.TaskOutput',
    {
      TargetFqdn: targetFqdn,
      Result: failed ? 'Failure' : 'Success',
      // A fixed latency: the lab is deterministic.
      Latency: failed ? '00:00:00' : '00:00:02.4218750',
      Error: first ? problemErrorText(first) : null,
      Diagnosis: first ? (first.code === 'incompatible-security-setting' ? `ms-diagnostics: 1034;reason="Incompatible security setting"` : first.code) : null,
      ...extra,
    },
    { view: 'list', display: targetFqdn },
  );
  const lines: PsValue[] = [out];
  if (failed) {
    ctx.failed = true;
    for (const problem of problems) ctx.hintAfter({ key: `test.${problem.code}`, params: problem.params });
  } else {
    ctx.hintAfter({ key: 'test.success' });
    // Not failures: what the test does not check but the deployment still needs (outbound gateway).
    const owner = userBySip(ctx.lab, mailboxOwner);
    const dialPlan = owner ? userDialPlan(ctx.lab, owner) : undefined;
    if (dialPlan) for (const advice of exUmAdvisories(ctx.lab, dialPlan.name)) ctx.hintAfter({ key: `test.${advice.code}`, params: advice.params });
  }
  return lines;
}

/** These tests were introduced in Lync Server 2013: Lync 2010's shell does not know them. */
function requireLync2013(call: CmdletCall, ctx: LabContext): void {
  if (ctx.lab.lyncVersion === '2010') throw notRecognized(call.written, { key: 'testNeedsLync2013', params: { command: call.name } });
}

const testConnectivity: CmdletHandler = (call, ctx) => {
  requireLync2013(call, ctx);
  const targetFqdn = requireParam(call, 'TargetFqdn');
  const user = stringParam(call, 'UserSipAddress') ?? '';
  return result(ctx, targetFqdn, diagnoseExUm(ctx.lab, { targetFqdn, userSipAddress: user }), {}, user);
};

const testVoiceMail: CmdletHandler = (call, ctx) => {
  requireLync2013(call, ctx);
  const targetFqdn = requireParam(call, 'TargetFqdn');
  const sender = stringParam(call, 'SenderSipAddress') ?? '';
  const receiver = stringParam(call, 'ReceiverSipAddress') ?? '';
  return result(ctx, targetFqdn, diagnoseExUm(ctx.lab, { targetFqdn, userSipAddress: sender, receiverSipAddress: receiver }), { ReceiverSipAddress: receiver }, receiver);
};

export const testCommands: Readonly<Record<string, CmdletHandler>> = {
  'Test-CsExUMConnectivity': testConnectivity,
  'Test-CsExUMVoiceMail': testVoiceMail,
};
