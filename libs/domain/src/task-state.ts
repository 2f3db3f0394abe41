import { STATUS_LABELS, type Role, type TaskStatus } from './vocabulary';

export type TaskAction =
  'report' | 'start' | 'submit' | 'accept' | 'return' | 'cancel' | 'request_extension' | 'decide_extension' | 'note' | 'attach' | 'correct' | 'withdraw';

/**
 * How the actor stands towards the task: its lead unit, a coordinating unit, the unit the lead
 * unit is under (following it: the education office over its schools), or none of them.
 */
export type UnitRelation = 'lead' | 'coordinating' | 'oversees' | 'none';

export interface Actor {
  role: Role;
  relation: UnitRelation;
  /** The task's leader in charge, or the committee's chairman: the one whose decisions these are. */
  inCharge?: boolean;
  /** The clerk who follows the task up. */
  follows?: boolean;
}

/** Someone signed in, as far as the rules ask: who he is, his role and his unit. */
export interface Person {
  id: string;
  role: Role;
  unitId: string | null;
}

/** The units and people a task names: who may read it and who decides on it. */
export interface TaskParties {
  leadUnitId: string;
  coordinatingUnitIds: string[];
  leaderInChargeId: string | null;
  clerkId: string | null;
}

/**
 * How the person's own unit stands towards the task: it leads it, coordinates on it, or neither.
 * Whether his unit is above the lead unit (`oversees`) takes the units' tree, which the caller reads.
 */
export function unitRelation(person: Person, task: Pick<TaskParties, 'leadUnitId' | 'coordinatingUnitIds'>): UnitRelation {
  if (person.unitId && task.leadUnitId === person.unitId) return 'lead';
  if (person.unitId && task.coordinatingUnitIds.includes(person.unitId)) return 'coordinating';
  return 'none';
}

/** Whether to look up the units' tree for the person: a head whose unit neither leads nor coordinates may be above the one that leads. */
export function mayOversee(person: Person, relation: UnitRelation): boolean {
  return relation === 'none' && !!person.unitId && followsSubordinateUnits(person.role);
}

/**
 * The person as the rules see him on a task: its leader in charge or the chairman decide on it,
 * the clerk named on it follows it up.
 */
export function actorOf(person: Person, task: Pick<TaskParties, 'leaderInChargeId' | 'clerkId'>, relation: UnitRelation, chairmanId: string | null): Actor {
  return {
    role: person.role,
    relation,
    inCharge: person.role === 'leader' && (task.leaderInChargeId === person.id || chairmanId === person.id),
    follows: person.role === 'clerk' && task.clerkId === person.id,
  };
}

/** The office's settings that widen who decides. */
export interface DecisionRules {
  /** The clerk who follows a task may accept or return its work on the leader's behalf. */
  clerkDecidesWork: boolean;
}

export const DEFAULT_DECISION_RULES: Readonly<DecisionRules> = Object.freeze({ clerkDecidesWork: false });

/** Each action as a refusal names it: "Không thể {label} khi ...". */
const ACTION_LABELS: Record<TaskAction, string> = {
  report: 'báo cáo tiến độ',
  start: 'bắt đầu thực hiện',
  submit: 'báo cáo hoàn thành',
  accept: 'công nhận hoàn thành',
  return: 'trả lại kết quả',
  cancel: 'hủy nhiệm vụ',
  request_extension: 'xin gia hạn',
  decide_extension: 'duyệt gia hạn',
  note: 'ghi ý kiến',
  attach: 'đính kèm tệp',
  correct: 'đính chính nhiệm vụ',
  withdraw: 'hủy nhiệm vụ giao nhầm',
};

const OPEN: readonly TaskStatus[] = ['assigned', 'in_progress'];

/** The status each action leads to, from the statuses it may start in. */
const TRANSITIONS: Record<TaskAction, { from: readonly TaskStatus[]; to: TaskStatus | null }> = {
  report: { from: OPEN, to: 'in_progress' },
  start: { from: ['assigned'], to: 'in_progress' },
  submit: { from: OPEN, to: 'submitted' },
  accept: { from: ['submitted'], to: 'done' },
  return: { from: ['submitted'], to: 'in_progress' },
  cancel: { from: ['assigned', 'in_progress', 'submitted'], to: 'cancelled' },
  request_extension: { from: OPEN, to: null },
  decide_extension: { from: ['assigned', 'in_progress', 'submitted'], to: null },
  note: { from: ['assigned', 'in_progress', 'submitted'], to: null },
  // Files added to a note: a forgotten appendix may still follow the submission while it awaits acceptance.
  attach: { from: ['assigned', 'in_progress', 'submitted'], to: null },
  // A published directive is corrected while its tasks are open: finished work is on record as it was.
  correct: { from: ['assigned', 'in_progress', 'submitted'], to: null },
  withdraw: { from: ['assigned', 'in_progress', 'submitted'], to: 'cancelled' },
};

const isUnitMember = (a: Pick<Actor, 'role'>) => a.role === 'unit_head' || a.role === 'unit_staff';

const decides = (a: Actor) => a.role === 'leader' && a.inCharge === true;

/**
 * Who corrects a published directive and its tasks (a number or date filled in, a task's text, lead
 * unit or deadline fixed, a task added or one given by mistake withdrawn): the office that entered
 * it (clerks, admins) and the leader whose directive it is (in charge, or the chairman).
 */
const corrects = (a: Actor) => a.role === 'clerk' || a.role === 'admin' || decides(a);

/**
 * Who may take each action, whatever the task's status. Acceptance, return, cancellation and
 * extensions are decisions of the task's leader in charge or the chairman, not of any leader or
 * clerk; the clerk who follows the task may accept or return work when the office allows it.
 */
const ALLOWED: Record<TaskAction, (actor: Actor, rules: DecisionRules) => boolean> = {
  report: (a) => isUnitMember(a) && a.relation === 'lead',
  start: (a) => isUnitMember(a) && a.relation === 'lead',
  submit: (a) => isUnitMember(a) && a.relation === 'lead',
  request_extension: (a) => isUnitMember(a) && a.relation === 'lead',
  accept: (a, rules) => decides(a) || (a.role === 'clerk' && a.follows === true && rules.clerkDecidesWork),
  return: (a, rules) => decides(a) || (a.role === 'clerk' && a.follows === true && rules.clerkDecidesWork),
  cancel: decides,
  decide_extension: decides,
  // A unit above the lead unit follows the task and no more: it neither reports nor comments.
  note: (a) => (isUnitMember(a) ? a.relation === 'lead' || a.relation === 'coordinating' : a.role !== 'admin'),
  // Files are the lead unit's evidence of its work; coordinating units and the office comment in notes.
  attach: (a) => isUnitMember(a) && a.relation === 'lead',
  correct: corrects,
  // Unlike a cancellation (the leader drops work that was meant), a withdrawal undoes a mistake of entry.
  withdraw: corrects,
};

/**
 * Whose head follows the tasks of the units under his (a school's, for the education office's
 * head), read-only: the unit's head, who answers for them; not its staff.
 */
export function followsSubordinateUnits(role: Role): boolean {
  return role === 'unit_head';
}

/** Who reads the task: the office and the leaders every one; a unit's people their unit's, and a head those of the units under his. */
export function mayRead(actor: Actor): boolean {
  return !isUnitMember(actor) || actor.relation !== 'none';
}

export function mayAct(actor: Actor, action: TaskAction, rules: DecisionRules = DEFAULT_DECISION_RULES): boolean {
  return ALLOWED[action](actor, rules);
}

/**
 * Who may stop a recurring duty: the leader in charge or the chairman, whose decision cancelling
 * is, and the clerk who follows it, who keeps the office's reporting calendar.
 */
export function mayStopSeries(actor: Actor): boolean {
  return decides(actor) || (actor.role === 'clerk' && actor.follows === true);
}

/** Whether the actor decides in the leader's place (the clerk accepting or returning work), to be recorded as such. */
export function decidesOnBehalf(actor: Actor, action: TaskAction): boolean {
  return (action === 'accept' || action === 'return') && actor.role === 'clerk';
}

/** Whether the actor may correct a published directive: its header, or a task added to it. */
export function mayCorrectDirective(actor: Pick<Actor, 'role' | 'inCharge'>): boolean {
  return corrects({ ...actor, relation: 'none' });
}

/**
 * How much of a directive someone reads: all of it, only the part that gives him a task he may read
 * (`mayRead`: his unit's, or for a head one a unit under his leads), or nothing. A draft is the
 * office's that prepares it and the leader's whose directive it is (in charge, or the chairman),
 * as its correction is; a published directive is read whole by the office and every leader.
 */
export type DirectiveReading = 'whole' | 'its_tasks' | 'none';

export function directiveReading(actor: Pick<Actor, 'role' | 'inCharge'>, status: 'draft' | 'published'): DirectiveReading {
  if (status === 'draft') return mayCorrectDirective(actor) ? 'whole' : 'none';
  return isUnitMember(actor) ? 'its_tasks' : 'whole';
}

export function canTransition(status: TaskStatus, action: TaskAction): boolean {
  return TRANSITIONS[action].from.includes(status);
}

/** The status after the action, or the same status when the action does not move it. */
export function nextStatus(status: TaskStatus, action: TaskAction): TaskStatus {
  if (!canTransition(status, action)) {
    throw new InvalidTransitionError(status, action);
  }
  return TRANSITIONS[action].to ?? status;
}

export class InvalidTransitionError extends Error {
  constructor(
    readonly status: TaskStatus,
    readonly action: TaskAction,
  ) {
    super(`Không thể ${ACTION_LABELS[action]} khi nhiệm vụ ở trạng thái “${STATUS_LABELS[status]}”`);
    this.name = 'InvalidTransitionError';
  }
}

export type TaskPermissions = Record<
  'report' | 'submit' | 'requestExtension' | 'decideExtension' | 'accept' | 'return' | 'cancel' | 'attach' | 'correct' | 'withdraw' | 'comment',
  boolean
>;

/** What the actor may do to a task in its current status: drives the buttons the web app shows. */
export function permissionsFor(actor: Actor, status: TaskStatus, rules: DecisionRules = DEFAULT_DECISION_RULES): TaskPermissions {
  const can = (action: TaskAction) => mayAct(actor, action, rules) && canTransition(status, action);
  return {
    report: can('report'),
    submit: can('submit'),
    requestExtension: can('request_extension'),
    decideExtension: can('decide_extension'),
    accept: can('accept'),
    return: can('return'),
    cancel: can('cancel'),
    attach: can('attach'),
    correct: can('correct'),
    withdraw: can('withdraw'),
    // A note without progress or files: a leader's direction, a unit's answer, the office's remark.
    comment: can('note'),
  };
}
