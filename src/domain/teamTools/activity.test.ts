import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reassign, requestSignOff, deliver } from '../actions';
import { stepId } from '../ids';
import { aCommitment, ALEX } from '../testing/aCommitment';
import type { Person } from '../types';
import { activityNotices } from './activity';

const SAM: Person = { name: 'Sam Rivera', email: 'sam@contoso.example' };
const NOOR: Person = { name: 'Noor Aziz', email: 'noor@contoso.example' };
let n = 0;
const ctx = (by: Person = ALEX) => ({ now: new Date('2026-11-05T10:00:00Z'), by, newId: () => `id-${++n}` });

describe('activity notices', () => {
  it('tells the new owner of a reassigned commitment, once', () => {
    const before = aCommitment();
    const after = reassign(before, SAM, 'You know the system', ctx());
    if (!after.ok) throw new Error('reassign refused');
    expect(activityNotices(before, after.value, ALEX)).toEqual([
      { kind: 'reassigned', to: SAM, commitmentId: before.id, teamId: before.teamId, title: before.title },
    ]);
    // Saving the same commitment again tells nobody again.
    expect(activityNotices(after.value, after.value, ALEX)).toEqual([]);
  });

  it('tells the checker when sign-off is asked', () => {
    const delivered = deliver(aCommitment({ checker: NOOR }), 'Done', ctx(), { via: 'user' });
    if (!delivered.ok) throw new Error('deliver refused');
    const asked = requestSignOff(delivered.value, ctx(), { via: 'user' });
    if (!asked.ok) throw new Error('sign-off refused');
    expect(activityNotices(delivered.value, asked.value, ALEX).map((x) => [x.kind, x.to.email])).toEqual([
      ['sign-off-requested', NOOR.email],
    ]);
  });

  it('tells a step owner when the step is assigned to them, and not again when it stays theirs', () => {
    const before = aCommitment({ steps: [{ id: stepId('s1'), text: 'Export the roles' }] });
    const assigned = { ...before, steps: [{ ...before.steps[0]!, owner: SAM }] };
    expect(activityNotices(before, assigned, ALEX)).toEqual([
      expect.objectContaining({ kind: 'step-assigned', to: SAM, step: 'Export the roles' }),
    ]);
    expect(activityNotices(assigned, { ...assigned, title: 'Renamed' }, ALEX)).toEqual([]);
    // Handed from Sam to Noor: Noor hears of it; a finished step needs nobody.
    const toNoor = { ...assigned, steps: [{ ...assigned.steps[0]!, owner: NOOR }] };
    expect(activityNotices(assigned, toNoor, ALEX).map((x) => x.to)).toEqual([NOOR]);
    const done = { ...toNoor, steps: [{ ...toNoor.steps[0]!, owner: SAM, doneAt: '2026-11-05T10:00:00Z' }] };
    expect(activityNotices(toNoor, done, ALEX)).toEqual([]);
  });

  it('tells step owners of a new commitment', () => {
    const created = aCommitment({ steps: [{ id: stepId('s1'), text: 'Draft', owner: SAM }] });
    expect(activityNotices(undefined, created, ALEX).map((x) => x.kind)).toEqual(['step-assigned']);
  });

  it('never tells people of their own doing (any letter case)', () => {
    fc.assert(
      fc.property(fc.constantFrom('sam@contoso.example', 'SAM@Contoso.Example', ' sam@contoso.example '), (email) => {
        const me = { name: 'Sam', email };
        const before = aCommitment({ steps: [{ id: stepId('s1'), text: 'Draft' }] });
        const after = reassign(before, SAM, '', ctx(me));
        if (!after.ok) throw new Error('reassign refused');
        const withStep = { ...after.value, steps: [{ ...before.steps[0]!, owner: SAM }] };
        expect(activityNotices(before, withStep, me)).toEqual([]);
      }),
    );
  });
});
