import { describe, expect, it } from 'vitest';
import { missingSteps, stepCommands } from '../../../src/domain/lab/prerequisites.ts';
import { replayCommands } from '../../../src/domain/lab/replay.ts';
import { createLab } from '../../../src/domain/lab/state.ts';
import { exampleProfile } from '../../../src/domain/profile/index.ts';
import { runbookSteps } from '../../../src/domain/runbook/procedures.ts';

const pageSteps = runbookSteps('deploy-um-lync')!.map((step) => step.id);
const step8 = pageSteps[7]!;
const [command] = stepCommands(exampleProfile, [step8]);

describe('missingSteps (Run in lab on a step whose earlier steps have not run)', () => {
  it('step 8 is the one that adds the servers to the dial plans', () => {
    expect(step8).toBe('add-servers-to-dial-plans');
    expect(command!.text).toContain('ParisSIP');
  });

  it('on a fresh lab, step 8 needs steps 1–7, and says what the lab answers', () => {
    const missing = missingSteps(createLab(exampleProfile), exampleProfile, command!, step8, pageSteps, 'en');
    expect(missing?.steps).toEqual(pageSteps.slice(0, 7));
    expect(missing?.reason).toMatch(/ParisSIP/);
  });

  it('after steps 1–7 have run, nothing is missing', () => {
    const prepared = replayCommands(createLab(exampleProfile), stepCommands(exampleProfile, pageSteps.slice(0, 7)), { lang: 'en', profile: exampleProfile }).lab;
    expect(missingSteps(prepared, exampleProfile, command!, step8, pageSteps, 'en')).toBeUndefined();
  });

  it('the first step never needs anything', () => {
    const [first] = stepCommands(exampleProfile, [pageSteps[0]!]);
    expect(missingSteps(createLab(exampleProfile), exampleProfile, first!, pageSteps[0]!, pageSteps, 'en')).toBeUndefined();
  });

  it('a command that fails even after the earlier steps is left to show its own error', () => {
    const broken = { ...command!, text: command!.text.replaceAll('ParisSIP', 'NowhereSIP') };
    expect(missingSteps(createLab(exampleProfile), exampleProfile, broken, step8, pageSteps, 'en')).toBeUndefined();
  });
});
