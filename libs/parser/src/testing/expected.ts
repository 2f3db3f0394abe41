import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import type { DirectiveDraft, UnitKind } from '../types';
import { SEED_UNITS, unitIdByName, unitNameById, type UnitMode } from './units';

/** The extraction a careful clerk makes of a notice, as the fixtures' *.expected.json write it. */
export interface ExpectedTask {
  /** The task's whole text; `text_start`/`text_end` pin only its ends. */
  text?: string;
  text_start: string;
  text_end?: string;
  deadline?: string | null;
  deadline_text?: string | null;
  coordinating?: string[];
  coordinating_text?: string[];
  recurrence?: string | null;
  recurrence_text?: string | null;
}

export interface ExpectedAssignment {
  /** The resolved unit's name; null for a unit the office does not have. */
  unit?: string | null;
  unitText: string;
  group: boolean;
  groupKinds?: UnitKind[];
  suggestions?: string[];
  coordinating: string[];
  tasks: ExpectedTask[];
}

export interface Expected {
  number?: string | null;
  symbol?: string | null;
  docType?: string | null;
  issuer?: string | null;
  date?: string | null;
  dateText?: string | null;
  title?: string | null;
  signer?: string | null;
  recipients?: string[];
  assignments: ExpectedAssignment[];
  taskCount?: number;
  options?: { today?: string; fallbackDate?: string };
}

export interface Case {
  name: string;
  text: string;
  expected: Expected;
}

/** Every `<name>.txt` with its `<name>.expected.json` in a directory. */
export function loadCases(dir: string): Case[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.expected.json'))
    .sort()
    .map((f) => {
      const name = f.replace(/\.expected\.json$/, '');
      return {
        name,
        text: readFileSync(join(dir, `${name}.txt`), 'utf8'),
        expected: JSON.parse(readFileSync(join(dir, f), 'utf8')) as Expected,
      };
    });
}

const nameOf = unitNameById;

/**
 * Checks every field the expectation lists, with jest's expect. With the seed's units (`mode`
 * 'seed') every unit must resolve as the expectation says; without them nothing resolves, and the
 * rest (names cut where they end, tasks, deadlines) must hold all the same.
 */
export function checkDraft(draft: DirectiveDraft, exp: Expected, source: string, mode: UnitMode = 'seed'): void {
  const resolving = mode === 'seed';
  for (const key of ['number', 'symbol', 'docType', 'issuer', 'date', 'dateText', 'title', 'signer'] as const) {
    if (exp[key] !== undefined) expect({ [key]: draft[key] }).toEqual({ [key]: exp[key] });
  }
  if (exp.recipients) expect(draft.recipients).toEqual(exp.recipients);
  expect(draft.assignments.map((a) => a.unitText)).toEqual(exp.assignments.map((a) => a.unitText));
  if (exp.taskCount !== undefined) expect(draft.assignments.reduce((n, a) => n + a.tasks.length, 0)).toBe(exp.taskCount);
  exp.assignments.forEach((expectedAssignment, i) => {
    // The unit texts matched above, so there are as many assignments as expected.
    const assignment = draft.assignments[i]!;
    const where = `assignment ${i + 1} (${expectedAssignment.unitText})`;
    expect({ where, group: assignment.group }).toEqual({ where, group: expectedAssignment.group });
    if (!resolving) {
      expect({ where, unitIds: assignment.unitIds }).toEqual({ where, unitIds: [] });
    } else if (expectedAssignment.groupKinds) {
      const ids = SEED_UNITS.filter((u) => expectedAssignment.groupKinds!.includes(u.kind)).map((u) => u.id);
      expect({ where, unitIds: [...assignment.unitIds].sort() }).toEqual({ where, unitIds: ids.sort() });
    } else if (expectedAssignment.unit === null) {
      expect({ where, unitIds: assignment.unitIds }).toEqual({ where, unitIds: [] });
    } else if (expectedAssignment.unit !== undefined && !expectedAssignment.group) {
      expect({ where, unitIds: assignment.unitIds }).toEqual({ where, unitIds: [unitIdByName(expectedAssignment.unit)] });
    } else if (expectedAssignment.group) {
      expect(assignment.unitIds.length).toBeGreaterThan(0);
    }
    if (expectedAssignment.suggestions && resolving)
      expect({ where, suggestions: assignment.suggestions.map((s) => s.name) }).toEqual({
        where,
        suggestions: expect.arrayContaining(expectedAssignment.suggestions),
      });
    if (resolving)
      expect({ where, coordinating: assignment.coordinating.map((c) => nameOf(c.unitId) ?? c.text) }).toEqual({
        where,
        coordinating: expectedAssignment.coordinating,
      });
    else expect({ where, coordinating: assignment.coordinating.length }).toEqual({ where, coordinating: expectedAssignment.coordinating.length });
    expect({ where, tasks: assignment.tasks.length }).toEqual({ where, tasks: expectedAssignment.tasks.length });
    expect(source.slice(assignment.range.start, assignment.range.end).replace(/\s+/g, ' ')).toBe(assignment.unitText);
    expectedAssignment.tasks.forEach((expectedTask, index) => {
      // The task counts matched above.
      const task = assignment.tasks[index]!;
      const at = `${where} task ${index + 1}`;
      if (expectedTask.text !== undefined) expect({ at, text: task.text }).toEqual({ at, text: expectedTask.text });
      expect({ at, start: task.text.slice(0, expectedTask.text_start.length) }).toEqual({ at, start: expectedTask.text_start });
      if (expectedTask.text_end) expect({ at, end: task.text.slice(-expectedTask.text_end.length) }).toEqual({ at, end: expectedTask.text_end });
      if (expectedTask.deadline !== undefined) expect({ at, deadline: task.deadline }).toEqual({ at, deadline: expectedTask.deadline });
      if (expectedTask.deadline_text !== undefined) expect({ at, deadlineText: task.deadlineText }).toEqual({ at, deadlineText: expectedTask.deadline_text });
      if (!resolving) {
        const all = [...(expectedTask.coordinating ?? []), ...(expectedTask.coordinating_text ?? [])];
        // Without the units, an abbreviation ("Phòng GD&ĐT") cannot be told from its full name: the count must hold.
        expect({ at, coordinating: task.coordinating.length }).toEqual({ at, coordinating: all.length });
      }
      const resolved = task.coordinating.filter((c) => c.unitId !== null).map((c) => nameOf(c.unitId));
      if (resolving) expect({ at, coordinating: resolved }).toEqual({ at, coordinating: expectedTask.coordinating ?? [] });
      if (expectedTask.coordinating_text && resolving) {
        expect({ at, coordinatingText: task.coordinating.filter((c) => c.unitId === null).map((c) => c.text) }).toEqual({
          at,
          coordinatingText: expectedTask.coordinating_text,
        });
      }
      if (expectedTask.recurrence !== undefined) expect({ at, recurrence: task.recurrence }).toEqual({ at, recurrence: expectedTask.recurrence });
      if (expectedTask.recurrence_text !== undefined)
        expect({ at, recurrenceText: task.recurrenceText }).toEqual({ at, recurrenceText: expectedTask.recurrence_text });
      if (expectedTask.recurrence_text) expect(task.recurrence).not.toBeNull();
      if (task.deadlineRange && task.deadlineText) {
        expect(source.slice(task.deadlineRange.start, task.deadlineRange.end).replace(/\s+/g, ' ')).toBe(task.deadlineText.replace(/\s+/g, ' '));
      }
    });
  });
}
