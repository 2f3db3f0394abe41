import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { foldVietnamese } from '@dondoc/domain';
import type { DirectiveDraft } from '../types';

/**
 * The real-document corpus (test/fixtures/corpus) and how a draft is scored against a clerk's
 * extraction. The matching rules are written here once and used by both `npm run bench:parser`
 * and the test that keeps the scores from dropping.
 *
 * Rules:
 * - Unit names are compared after folding (no case, no tone marks, `&` read as `và`), without
 *   punctuation, without a leading title of the unit's head (`Thủ trưởng`, `Giám đốc`, `Chủ
 *   tịch`, `Hiệu trưởng`, `Trưởng phòng`, `đồng chí`) and without a trailing level word (`huyện`,
 *   `tỉnh`, `xã` ...). Two names match when their words' Dice coefficient is at least 0.8.
 * - Assignments are matched one to one, in document order: each expected one with the unmatched
 *   predicted one whose unit matches and that shares the most tasks with it (the first such one on
 *   a tie), so a unit named in several parts of a plan is paired part with part. Assignment F1
 *   counts those pairs.
 * - A task is an (assignment, task) pair. Within a matched pair of assignments, tasks are matched
 *   one to one when the Dice coefficient of their folded words is at least 0.8 (a task cut in
 *   half, or run on into the next, does not match). Tasks of unmatched assignments are misses or
 *   false finds. Task F1 counts the matched tasks.
 * - Deadline accuracy: among matched tasks, the share whose deadline (`YYYY-MM-DD` or none) is the
 *   clerk's.
 */

export type Form = 'tb' | 'cv' | 'kh' | 'qd' | 'ct' | 'news';

export interface CorpusTask {
  text: string;
  deadline: string | null;
  deadlineText?: string | null;
}

export interface CorpusAssignment {
  unitText: string;
  group: boolean;
  tasks: CorpusTask[];
}

export interface CorpusExpectation {
  source: string;
  province: string;
  level: 'province' | 'district' | 'commune' | 'central';
  form: Form;
  truncated: boolean;
  date: string | null;
  assignments: CorpusAssignment[];
}

export interface CorpusDocument {
  name: string;
  /** The document's text as a clerk would paste it: the file without its source line. */
  text: string;
  expected: CorpusExpectation;
}

export const CORPUS_DIR = join(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'corpus');

export function loadCorpus(dir = CORPUS_DIR): CorpusDocument[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.expected.json'))
    .sort()
    .map((f) => {
      const name = f.replace(/\.expected\.json$/, '');
      const raw = readFileSync(join(dir, `${name}.txt`), 'utf8');
      const firstBreak = raw.indexOf('\n');
      const text = /^\s*https?:\/\//.test(raw) && firstBreak >= 0 ? raw.slice(firstBreak + 1) : raw;
      return { name, text, expected: JSON.parse(readFileSync(join(dir, f), 'utf8')) as CorpusExpectation };
    });
}

const TITLES =
  /^(?:(?:dong chi|d\/c)\s+)?(?:thu truong|giam doc|chu tich|hieu truong|truong phong|truong ban|chanh van phong|chanh thanh tra|lanh dao|ban giam hieu|pho chu tich|pho giam doc)\s+/;
const LEVEL_WORDS = /\s+(?:huyen|tinh|xa|thi xa|thanh pho|quan|phuong|thi tran)$/;

function words(text: string): string[] {
  return foldVietnamese(text)
    .replace(/&/g, ' va ')
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);
}

export function unitKey(text: string): string[] {
  let joined = words(text).join(' ');
  joined = joined.replace(TITLES, '').replace(LEVEL_WORDS, '');
  return joined.split(' ').filter(Boolean);
}

/** Dice coefficient of two multisets of words. */
export function dice(a: string[], b: string[]): number {
  if (a.length === 0 && b.length === 0) return 1;
  const counts = new Map<string, number>();
  for (const w of a) counts.set(w, (counts.get(w) ?? 0) + 1);
  let shared = 0;
  for (const word of b) {
    const remaining = counts.get(word) ?? 0;
    if (remaining > 0) {
      shared++;
      counts.set(word, remaining - 1);
    }
  }
  return (2 * shared) / (a.length + b.length);
}

export const UNIT_THRESHOLD = 0.8;
export const TASK_THRESHOLD = 0.8;

export interface Tally {
  documents: number;
  assignments: { expected: number; found: number; matched: number };
  tasks: { expected: number; found: number; matched: number };
  deadlines: { compared: number; right: number };
}

export function emptyTally(): Tally {
  return {
    documents: 0,
    assignments: { expected: 0, found: 0, matched: 0 },
    tasks: { expected: 0, found: 0, matched: 0 },
    deadlines: { compared: 0, right: 0 },
  };
}

export function addTally(into: Tally, added: Tally): void {
  into.documents += added.documents;
  for (const part of ['assignments', 'tasks'] as const) {
    into[part].expected += added[part].expected;
    into[part].found += added[part].found;
    into[part].matched += added[part].matched;
  }
  into.deadlines.compared += added.deadlines.compared;
  into.deadlines.right += added.deadlines.right;
}

export interface TaskMiss {
  unit: string;
  expected?: string;
  found?: string;
  deadline?: { expected: string | null; found: string | null };
}

/** Scores one draft against the clerk's extraction; `misses` lists what differed, for reading. */
export function scoreDraft(draft: DirectiveDraft, expected: CorpusExpectation): { tally: Tally; misses: TaskMiss[] } {
  const tally = emptyTally();
  const misses: TaskMiss[] = [];
  tally.documents = 1;
  const found = draft.assignments.map((a) => ({ key: unitKey(a.unitText), text: a.unitText, tasks: a.tasks, used: false }));
  tally.assignments.expected = expected.assignments.length;
  tally.assignments.found = found.length;
  tally.tasks.expected = expected.assignments.reduce((n, a) => n + a.tasks.length, 0);
  tally.tasks.found = found.reduce((n, a) => n + a.tasks.length, 0);
  const shared = (assignment: CorpusAssignment, tasks: DirectiveDraft['assignments'][number]['tasks']) =>
    assignment.tasks.filter((et) => tasks.some((ft) => dice(words(et.text), words(ft.text)) >= TASK_THRESHOLD)).length;
  for (const expectedAssignment of expected.assignments) {
    const key = unitKey(expectedAssignment.unitText);
    let match: (typeof found)[number] | undefined;
    let most = -1;
    for (const candidate of found) {
      if (candidate.used || dice(key, candidate.key) < UNIT_THRESHOLD) continue;
      const sharedTasks = shared(expectedAssignment, candidate.tasks);
      if (sharedTasks > most) {
        most = sharedTasks;
        match = candidate;
      }
    }
    if (!match) {
      for (const expectedTask of expectedAssignment.tasks) misses.push({ unit: expectedAssignment.unitText, expected: expectedTask.text });
      continue;
    }
    match.used = true;
    tally.assignments.matched++;
    const taken = new Set<number>();
    for (const expectedTask of expectedAssignment.tasks) {
      const expectedWords = words(expectedTask.text);
      let best = -1;
      let bestScore = TASK_THRESHOLD;
      match.tasks.forEach((candidateTask, i) => {
        if (taken.has(i)) return;
        const score = dice(expectedWords, words(candidateTask.text));
        if (score >= bestScore) {
          best = i;
          bestScore = score;
        }
      });
      if (best < 0) {
        misses.push({ unit: expectedAssignment.unitText, expected: expectedTask.text });
        continue;
      }
      taken.add(best);
      tally.tasks.matched++;
      // best is the index of one of the found tasks.
      const foundTask = match.tasks[best]!;
      tally.deadlines.compared++;
      if ((foundTask.deadline ?? null) === (expectedTask.deadline ?? null)) tally.deadlines.right++;
      else
        misses.push({
          unit: expectedAssignment.unitText,
          expected: expectedTask.text,
          deadline: { expected: expectedTask.deadline ?? null, found: foundTask.deadline },
        });
    }
    match.tasks.forEach((candidateTask, i) => {
      if (!taken.has(i)) misses.push({ unit: match.text, found: candidateTask.text });
    });
  }
  for (const candidate of found) if (!candidate.used) for (const task of candidate.tasks) misses.push({ unit: candidate.text, found: task.text });
  return { tally, misses };
}

export interface Scores {
  assignmentF1: number;
  taskF1: number;
  deadlineAccuracy: number;
}

function f1(counts: { expected: number; found: number; matched: number }): number {
  if (counts.expected === 0 && counts.found === 0) return 1;
  const precision = counts.found === 0 ? 0 : counts.matched / counts.found;
  const recall = counts.expected === 0 ? 0 : counts.matched / counts.expected;
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

export function scores(tally: Tally): Scores {
  return {
    assignmentF1: f1(tally.assignments),
    taskF1: f1(tally.tasks),
    deadlineAccuracy: tally.deadlines.compared === 0 ? 1 : tally.deadlines.right / tally.deadlines.compared,
  };
}
