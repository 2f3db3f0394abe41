import {
  actorOf,
  canTransition,
  decidesOnBehalf,
  directiveReading,
  followsSubordinateUnits,
  InvalidTransitionError,
  mayAct,
  mayCorrectDirective,
  mayOversee,
  mayRead,
  mayStopSeries,
  nextStatus,
  permissionsFor,
  unitRelation,
  type Actor,
  type Person,
  type TaskAction,
} from './task-state';
import { TASK_STATUSES, type Role } from './vocabulary';

describe('task state machine', () => {
  it.each([
    ['assigned', 'report', 'in_progress'],
    ['assigned', 'submit', 'submitted'],
    ['in_progress', 'submit', 'submitted'],
    ['submitted', 'accept', 'done'],
    ['submitted', 'return', 'in_progress'],
    ['in_progress', 'cancel', 'cancelled'],
    ['in_progress', 'request_extension', 'in_progress'],
  ] as const)('%s --%s--> %s', (from, action, to) => {
    expect(nextStatus(from, action)).toBe(to);
  });

  it('refuses every move out of done and cancelled', () => {
    const actions: TaskAction[] = [
      'report',
      'start',
      'submit',
      'accept',
      'return',
      'cancel',
      'request_extension',
      'decide_extension',
      'note',
      'attach',
      'correct',
      'withdraw',
    ];
    for (const status of ['done', 'cancelled'] as const) {
      for (const action of actions) {
        expect(canTransition(status, action)).toBe(false);
        expect(() => nextStatus(status, action)).toThrow(InvalidTransitionError);
      }
    }
  });

  it('says in Vietnamese what was refused and why, without codes', () => {
    expect(() => nextStatus('submitted', 'report')).toThrow('Không thể báo cáo tiến độ khi nhiệm vụ ở trạng thái “Đã báo cáo hoàn thành”');
  });

  it('refuses accepting work that was not submitted', () => {
    for (const s of TASK_STATUSES.filter((x) => x !== 'submitted')) expect(canTransition(s, 'accept')).toBe(false);
  });
});

describe('who may act', () => {
  const matrix: [Role, 'lead' | 'coordinating' | 'none', TaskAction, boolean][] = [
    ['unit_head', 'lead', 'submit', true],
    ['unit_staff', 'lead', 'report', true],
    ['unit_head', 'coordinating', 'report', false],
    ['unit_head', 'coordinating', 'note', true],
    ['unit_head', 'none', 'note', false],
    ['unit_head', 'none', 'submit', false],
    ['unit_head', 'lead', 'accept', false],
    ['unit_head', 'lead', 'decide_extension', false],
    ['leader', 'none', 'submit', false],
    ['clerk', 'none', 'cancel', false],
    ['clerk', 'none', 'decide_extension', false],
    ['admin', 'none', 'accept', false],
    ['admin', 'none', 'note', false],
    ['unit_staff', 'lead', 'attach', true],
    ['unit_head', 'coordinating', 'attach', false],
    ['leader', 'none', 'attach', false],
    ['clerk', 'none', 'attach', false],
  ];
  it.each(matrix)('%s (%s unit) %s → %s', (role, relation, action, allowed) => {
    expect(mayAct({ role, relation }, action)).toBe(allowed);
  });

  describe('the decisions: the leader in charge or the chairman, the clerk who follows the task when the office allows it', () => {
    const people: [string, Actor][] = [
      ["the lead unit's head", { role: 'unit_head', relation: 'lead' }],
      ["another unit's head", { role: 'unit_head', relation: 'none' }],
      ['the leader in charge', { role: 'leader', relation: 'none', inCharge: true }],
      ['a leader not in charge', { role: 'leader', relation: 'none', inCharge: false }],
      ['the clerk who follows the task', { role: 'clerk', relation: 'none', follows: true }],
      ['a clerk who does not follow it', { role: 'clerk', relation: 'none', follows: false }],
      ['an admin', { role: 'admin', relation: 'none' }],
    ];
    const decisions: TaskAction[] = ['accept', 'return', 'cancel', 'decide_extension'];
    const expected = (who: string, action: TaskAction, clerkDecidesWork: boolean) =>
      who === 'the leader in charge' || (clerkDecidesWork && who === 'the clerk who follows the task' && (action === 'accept' || action === 'return'));
    for (const clerkDecidesWork of [false, true]) {
      const table = people.flatMap(([who, actor]) => decisions.map((action) => [who, action, actor, expected(who, action, clerkDecidesWork)] as const));
      it.each(table)(`${clerkDecidesWork ? 'clerk may decide work' : 'leaders decide'}: %s, %s`, (_who, action, actor, allowed) => {
        expect(mayAct(actor, action, { clerkDecidesWork })).toBe(allowed);
      });
    }
    it("records the clerk's acceptance or return as taken on the leader's behalf", () => {
      expect(decidesOnBehalf({ role: 'clerk', relation: 'none', follows: true }, 'accept')).toBe(true);
      expect(decidesOnBehalf({ role: 'leader', relation: 'none', inCharge: true }, 'accept')).toBe(false);
    });
  });

  it('shows a unit head the buttons of an open task of their own unit only', () => {
    expect(permissionsFor({ role: 'unit_head', relation: 'lead' }, 'in_progress')).toEqual({
      report: true,
      submit: true,
      requestExtension: true,
      decideExtension: false,
      accept: false,
      return: false,
      cancel: false,
      attach: true,
      correct: false,
      withdraw: false,
      comment: true,
    });
    expect(Object.values(permissionsFor({ role: 'unit_head', relation: 'none' }, 'in_progress')).some(Boolean)).toBe(false);
    expect(permissionsFor({ role: 'leader', relation: 'none', inCharge: true }, 'submitted')).toMatchObject({ accept: true, return: true, cancel: true });
    expect(permissionsFor({ role: 'leader', relation: 'none', inCharge: false }, 'submitted')).toMatchObject({ accept: false, return: false, cancel: false });
  });

  it('lets whoever reports or submits attach files to that report, in every status it may be sent in', () => {
    const roles: Role[] = ['admin', 'leader', 'clerk', 'unit_head', 'unit_staff'];
    for (const role of roles) {
      for (const relation of ['lead', 'coordinating', 'none'] as const) {
        for (const status of TASK_STATUSES) {
          const p = permissionsFor({ role, relation }, status);
          if (p.report || p.submit) expect(p.attach).toBe(true);
        }
      }
    }
  });

  describe("a unit's head following the tasks of the units under it (the education office, its schools)", () => {
    const head: Actor = { role: 'unit_head', relation: 'oversees' };
    it('reads them and may do nothing to them, not even comment', () => {
      expect(mayRead(head)).toBe(true);
      expect(Object.values(permissionsFor(head, 'in_progress')).some(Boolean)).toBe(false);
      expect(mayAct(head, 'note')).toBe(false);
    });
    it("is the head only: the staff follow their own unit's tasks", () => {
      expect(followsSubordinateUnits('unit_head')).toBe(true);
      expect(followsSubordinateUnits('unit_staff')).toBe(false);
      expect(mayRead({ role: 'unit_staff', relation: 'none' })).toBe(false);
    });
  });

  describe('correcting a published directive: the office that entered it and the leader whose it is', () => {
    const people: [string, Actor, boolean][] = [
      ['a clerk', { role: 'clerk', relation: 'none' }, true],
      ['an admin', { role: 'admin', relation: 'none' }, true],
      ['the leader in charge', { role: 'leader', relation: 'none', inCharge: true }, true],
      ['a leader not in charge', { role: 'leader', relation: 'none', inCharge: false }, false],
      ["the lead unit's head", { role: 'unit_head', relation: 'lead' }, false],
      ["a coordinating unit's staff", { role: 'unit_staff', relation: 'coordinating' }, false],
    ];
    it.each(people)('%s: %s', (_who, actor, allowed) => {
      expect(mayAct(actor, 'correct')).toBe(allowed);
      expect(mayAct(actor, 'withdraw')).toBe(allowed);
      expect(mayCorrectDirective(actor)).toBe(allowed);
    });
    it('corrects open tasks only, and a withdrawn task is cancelled', () => {
      expect(nextStatus('submitted', 'withdraw')).toBe('cancelled');
      expect(canTransition('in_progress', 'correct')).toBe(true);
      expect(() => nextStatus('done', 'correct')).toThrow('Không thể đính chính nhiệm vụ khi nhiệm vụ ở trạng thái “Đã hoàn thành”');
    });
  });
});

describe('who reads a directive', () => {
  it.each([
    ['a clerk', { role: 'clerk' }, 'whole', 'whole'],
    ['an admin', { role: 'admin' }, 'whole', 'whole'],
    ['the leader in charge, or the chairman', { role: 'leader', inCharge: true }, 'whole', 'whole'],
    ['a leader not in charge', { role: 'leader', inCharge: false }, 'none', 'whole'],
    ["a unit's head", { role: 'unit_head' }, 'none', 'its_tasks'],
    ["a unit's staff", { role: 'unit_staff' }, 'none', 'its_tasks'],
  ] as [string, Pick<Actor, 'role' | 'inCharge'>, string, string][])('%s', (_who, actor, draft, published) => {
    expect(directiveReading(actor, 'draft')).toBe(draft);
    expect(directiveReading(actor, 'published')).toBe(published);
  });
});

describe('who may stop a recurring duty', () => {
  it.each([
    [{ role: 'leader', relation: 'none', inCharge: true }, true],
    [{ role: 'leader', relation: 'none', inCharge: false }, false],
    [{ role: 'clerk', relation: 'none', follows: true }, true],
    [{ role: 'clerk', relation: 'none', follows: false }, false],
    [{ role: 'unit_head', relation: 'lead' }, false],
    [{ role: 'admin', relation: 'none' }, false],
  ] as [Actor, boolean][])('%o → %s', (actor, allowed) => {
    expect(mayStopSeries(actor)).toBe(allowed);
  });
});

describe('who the person is on a task', () => {
  const task = { leadUnitId: 'school', coordinatingUnitIds: ['clinic'], leaderInChargeId: 'vice-chair', clerkId: 'clerk' };
  const person = (id: string, role: Person['role'], unitId: string | null = null): Person => ({ id, role, unitId });

  it('tells the lead unit from a coordinating one and from the others', () => {
    expect(unitRelation(person('head', 'unit_head', 'school'), task)).toBe('lead');
    expect(unitRelation(person('staff', 'unit_staff', 'clinic'), task)).toBe('coordinating');
    expect(unitRelation(person('head', 'unit_head', 'office'), task)).toBe('none');
    expect(unitRelation(person('leader', 'leader'), task)).toBe('none');
  });

  it('looks for a unit above the lead unit for a head whose unit has no part in the task, and no one else', () => {
    expect(mayOversee(person('head', 'unit_head', 'office'), 'none')).toBe(true);
    expect(mayOversee(person('head', 'unit_head', 'school'), 'lead')).toBe(false);
    expect(mayOversee(person('staff', 'unit_staff', 'office'), 'none')).toBe(false);
    expect(mayOversee(person('head', 'unit_head'), 'none')).toBe(false);
  });

  it('decides as the leader in charge or the chairman, follows up as the clerk named on the task', () => {
    expect(actorOf(person('vice-chair', 'leader'), task, 'none', 'chair')).toEqual({ role: 'leader', relation: 'none', inCharge: true, follows: false });
    expect(actorOf(person('chair', 'leader'), task, 'none', 'chair').inCharge).toBe(true);
    expect(actorOf(person('other', 'leader'), task, 'none', 'chair').inCharge).toBe(false);
    expect(actorOf(person('other', 'leader'), task, 'none', null).inCharge).toBe(false);
    expect(actorOf(person('clerk', 'clerk'), task, 'none', null)).toEqual({ role: 'clerk', relation: 'none', inCharge: false, follows: true });
    expect(actorOf(person('vice-chair', 'clerk'), task, 'none', 'vice-chair')).toEqual({ role: 'clerk', relation: 'none', inCharge: false, follows: false });
    expect(actorOf(person('head', 'unit_head', 'school'), task, 'lead', null)).toEqual({
      role: 'unit_head',
      relation: 'lead',
      inCharge: false,
      follows: false,
    });
  });
});
