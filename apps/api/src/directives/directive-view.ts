import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { Assignment, AssignmentItem, Directive, DirectiveScope, DirectiveStatus, TaskProgress } from '@dondoc/database';
import { followsSubordinateUnits, mayOversee, mayRead, RECURRENCES, unitRelation, type Person as Reader, type Recurrence } from '@dondoc/domain';
import type { CurrentUser } from '../common/current-user';
import { PersonRef } from '../common/refs';

type Person = { id: string; name: string } | null;

const DIRECTIVE_STATUS = { enum: ['draft', 'published'], enumName: 'DirectiveStatus' } as const;

/** A directive in the list, with its tasks counted (those the reader may see). */
export class DirectiveSummary {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: String, nullable: true }) number!: string | null;
  @ApiProperty({ type: String, nullable: true }) symbol!: string | null;
  @ApiProperty({ type: String, nullable: true }) docType!: string | null;
  @ApiProperty({ type: String, nullable: true }) title!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) date!: string | null;
  @ApiProperty(DIRECTIVE_STATUS) status!: DirectiveStatus;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) publishedAt!: Date | null;
  @ApiProperty({ type: 'integer', description: 'Its tasks but the cancelled ones' }) taskCount!: number;
  @ApiProperty({ type: 'integer' }) doneCount!: number;
  @ApiProperty({ type: 'integer' }) overdueCount!: number;
}

/*
 * A directive as parse gives it and as it is read back (draft or published, whole or a unit's
 * part): one family of shapes, the draft's, whose fields one of those answers lacks are optional.
 */

/** Character offsets into the notice's text, `end` exclusive. */
export class TextRange {
  @ApiProperty({ type: 'integer' }) start!: number;
  @ApiProperty({ type: 'integer' }) end!: number;
}

export class CoordinatingRef {
  @ApiProperty() text!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'null: not resolved to a unit' }) unitId!: string | null;
}

export class UnitSuggestion {
  @ApiProperty({ format: 'uuid' }) unitId!: string;
  @ApiProperty() name!: string;
}

/** A section's tasks, and its lead units whose every task there is done (`9/12 trường`). */
export class SectionProgress {
  @ApiProperty({ type: 'integer', description: 'Tasks not cancelled' }) total!: number;
  @ApiProperty({ type: 'integer' }) done!: number;
  @ApiProperty({ type: 'integer' }) overdue!: number;
  @ApiProperty({ type: 'integer' }) units!: number;
  @ApiProperty({ type: 'integer' }) unitsDone!: number;
}

export class DirectiveProgress {
  @ApiProperty({ type: 'integer' }) total!: number;
  @ApiProperty({ type: 'integer' }) done!: number;
  @ApiProperty({ type: 'integer' }) overdue!: number;
}

const DOUBT = 'Parse only: how sure the parser is (0 to 1)';
const REASONS = 'Parse only: why the parser doubts it';

export class DraftTaskView {
  @ApiProperty() text!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) deadline!: string | null;
  @ApiProperty({ type: String, nullable: true }) deadlineText!: string | null;
  @ApiProperty({ type: [CoordinatingRef] }) coordinating!: CoordinatingRef[];
  @ApiProperty({ enum: RECURRENCES, enumName: 'Recurrence', nullable: true }) recurrence!: Recurrence | null;
  @ApiProperty({ type: String, nullable: true }) recurrenceText!: string | null;
  @ApiPropertyOptional({ type: 'integer', nullable: true, description: "A recurring duty's due day in each period, when set" }) recurrenceDay?: number | null;
  @ApiPropertyOptional({ type: 'integer', nullable: true, description: "A yearly duty's month of the due day, when set" }) recurrenceMonth?: number | null;
  @ApiPropertyOptional({ type: String, format: 'date', nullable: true, description: "A recurring duty's last day, when set" }) recurrenceEndsOn?: string | null;
  @ApiPropertyOptional({ type: TextRange, nullable: true, description: "Absent from a unit's part" }) range?: TextRange | null;
  @ApiPropertyOptional({ type: TextRange, description: 'Parse only' }) deadlineRange?: TextRange;
  @ApiPropertyOptional({ description: DOUBT }) confidence?: number;
  @ApiPropertyOptional({ type: [String], description: REASONS }) reasons?: string[];
}

export class DraftAssignmentView {
  @ApiProperty() unitText!: string;
  @ApiProperty({ type: [String] }) unitIds!: string[];
  @ApiProperty() group!: boolean;
  @ApiPropertyOptional({ type: [UnitSuggestion], description: 'Parse only: units the heading may mean' }) suggestions?: UnitSuggestion[];
  @ApiProperty({ type: [CoordinatingRef] }) coordinating!: CoordinatingRef[];
  @ApiPropertyOptional({ type: TextRange, nullable: true, description: "Absent from a unit's part" }) range?: TextRange | null;
  @ApiProperty({ type: [DraftTaskView] }) tasks!: DraftTaskView[];
  @ApiPropertyOptional({ description: DOUBT }) confidence?: number;
  @ApiPropertyOptional({ type: [String], description: REASONS }) reasons?: string[];
  @ApiPropertyOptional({ type: SectionProgress, description: 'A published directive only' }) progress?: SectionProgress;
}

export class DraftRanges {
  @ApiPropertyOptional({ type: TextRange }) number?: TextRange;
  @ApiPropertyOptional({ type: TextRange }) date?: TextRange;
  @ApiPropertyOptional({ type: TextRange }) title?: TextRange;
  @ApiPropertyOptional({ type: TextRange }) signer?: TextRange;
}

/** The draft parse returns, a valid body for POST /directives as it is. */
export class DirectiveDraftView {
  @ApiProperty({ type: String, nullable: true }) number!: string | null;
  @ApiProperty({ type: String, nullable: true }) symbol!: string | null;
  @ApiProperty({ type: String, nullable: true }) docType!: string | null;
  @ApiProperty({ type: String, nullable: true }) issuer!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) date!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: "Absent from a unit's part" }) dateText?: string | null;
  @ApiProperty({ type: String, nullable: true }) title!: string | null;
  @ApiProperty({ type: String, nullable: true }) signer!: string | null;
  @ApiPropertyOptional({ type: [String], description: "Absent from a unit's part" }) recipients?: string[];
  @ApiPropertyOptional({ type: DraftRanges, description: 'Parse only' }) ranges?: DraftRanges;
  @ApiProperty({ type: [DraftAssignmentView] }) assignments!: DraftAssignmentView[];
  @ApiPropertyOptional({ type: String, nullable: true, description: "The notice's text; absent from a unit's part" }) sourceText?: string | null;
}

export class DirectivePermissions {
  @ApiProperty({ description: 'May correct the published directive' }) correct!: boolean;
}

/** A saved directive as far as the reader may see it: whole, or a unit's part of a published one. */
export class DirectiveView extends DirectiveDraftView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty(DIRECTIVE_STATUS) status!: DirectiveStatus;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) publishedAt!: Date | null;
  @ApiPropertyOptional({ type: 'integer', description: "Absent from a unit's part" }) version?: number;
  @ApiPropertyOptional({ format: 'date-time', description: "Absent from a unit's part" }) createdAt?: Date;
  @ApiPropertyOptional({ format: 'date-time', description: "Absent from a unit's part" }) updatedAt?: Date;
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: "Absent from a unit's part" }) leaderInChargeId?: string | null;
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: "Absent from a unit's part" }) clerkId?: string | null;
  @ApiProperty({ type: PersonRef, nullable: true }) leaderInCharge!: PersonRef | null;
  @ApiProperty({ type: PersonRef, nullable: true }) clerk!: PersonRef | null;
  @ApiPropertyOptional({ type: DirectiveProgress, description: "A published directive's tasks counted, those the reader may see" })
  progress?: DirectiveProgress;
  @ApiPropertyOptional({ type: DirectivePermissions, description: 'A published directive, read whole' }) permissions?: DirectivePermissions;
}

export class DirectivePublished {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ['published'] }) status!: 'published';
  @ApiProperty({ type: 'integer', description: 'The tasks the publication made' }) taskCount!: number;
}

export class TaskAdded {
  @ApiProperty({ format: 'uuid' }) taskId!: string;
  @ApiProperty({ type: 'integer', description: "The directive's version after the addition" }) version!: number;
}

/** Each section's task counts, by assignment id (none before publication). */
export type ProgressOf = Map<string, TaskProgress>;

const NO_TASKS: TaskProgress = Object.freeze({ total: 0, done: 0, overdue: 0, units: 0, unitsDone: 0 });

/** The directive's task counts: its sections' summed (a unit may lead in several sections, so units are not). */
function overall(sections: TaskProgress[]): Pick<TaskProgress, 'total' | 'done' | 'overdue'> {
  return sections.reduce((sum, p) => ({ total: sum.total + p.total, done: sum.done + p.done, overdue: sum.overdue + p.overdue }), {
    total: 0,
    done: 0,
    overdue: 0,
  });
}

/**
 * Which directives someone lists: `directiveReading` (libs/domain) as the list's SQL filter takes it.
 * Clerks, admins and the chairman read every directive; another leader the published ones and the
 * drafts he is in charge of; a unit's people only the published ones that give their unit a task,
 * and of those only the header and their unit's part; a unit's head also those that give a unit
 * under his a task, and their part, read-only.
 */
export function directiveScope(me: CurrentUser, chairmanId: string | null): DirectiveScope {
  switch (me.role) {
    case 'admin':
    case 'clerk':
      return { kind: 'all' };
    case 'leader':
      return me.id === chairmanId ? { kind: 'all' } : { kind: 'leader', leaderId: me.id };
    case 'unit_head':
    case 'unit_staff':
      return { kind: 'unit', unitId: me.unitId, subordinates: followsSubordinateUnits(me.role) };
  }
}

/** The whole directive in the draft's shape (the one parse returns and create takes), with its people. */
export function toDirectiveView(d: Directive, leaderInCharge: Person, clerk: Person, progress: ProgressOf = new Map()): DirectiveView {
  const assignments = d.assignments ?? [];
  // A draft has no tasks to count, and goes back to the server as the clerk edits it: no counts in it.
  const counted = d.status === 'published';
  return {
    ...(counted ? { progress: overall(assignments.map((a) => progress.get(a.id) ?? NO_TASKS)) } : {}),
    id: d.id,
    status: d.status,
    publishedAt: d.publishedAt,
    version: d.version,
    createdAt: d.createdAt,
    updatedAt: d.updatedAt,
    number: d.number,
    symbol: d.symbol,
    docType: d.docType,
    issuer: d.issuer,
    date: d.date,
    dateText: d.dateText,
    title: d.title,
    signer: d.signer,
    recipients: d.recipients,
    sourceText: d.sourceText,
    leaderInChargeId: d.leaderInChargeId,
    clerkId: d.clerkId,
    leaderInCharge,
    clerk,
    assignments: assignments.map((a) => ({
      unitText: a.unitText,
      unitIds: a.unitIds,
      group: a.isGroup,
      coordinating: a.coordinating,
      range: a.sourceRange,
      tasks: (a.items ?? []).map((i) => ({ ...itemView(i), range: i.sourceRange })),
      ...(counted ? { progress: progress.get(a.id) ?? NO_TASKS } : {}),
    })),
  };
}

/**
 * What a unit's people read of a published directive: its header, the people who follow it (their
 * tasks name them too), and the sections and duties that give their unit a task, as lead or
 * coordinating unit, or that a unit in `followed` leads (the units under it, whose tasks its head
 * follows). No source text, no recipients, nothing of other units' duties: the source ranges go
 * too, as they point into the text they do not get. No permissions: nothing here is theirs to correct.
 */
export function toUnitDirectiveView(
  d: Directive,
  reader: Reader & { unitId: string },
  leaderInCharge: Person,
  clerk: Person,
  progress: ProgressOf = new Map(),
  followed: ReadonlySet<string> = new Set(),
): DirectiveView {
  const { unitId } = reader;
  // An item gives each lead unit a task, coordinated by the section's and the item's coordinating
  // units: the reader reads the item if he may read one of them, as he would the task itself.
  const readsTaskOf = (a: Assignment, i: AssignmentItem) => {
    const coordinatingUnitIds = [...a.coordinating, ...i.coordinating].flatMap((c) => (c.unitId ? [c.unitId] : []));
    return a.unitIds.some((leadUnitId) => {
      const relation = unitRelation(reader, { leadUnitId, coordinatingUnitIds });
      return mayRead({ role: reader.role, relation: mayOversee(reader, relation) && followed.has(leadUnitId) ? 'oversees' : relation });
    });
  };
  return {
    // Counted of the unit's own tasks only, as the directive list counts them for it.
    progress: overall([...progress.values()]),
    id: d.id,
    status: d.status,
    publishedAt: d.publishedAt,
    number: d.number,
    symbol: d.symbol,
    docType: d.docType,
    issuer: d.issuer,
    date: d.date,
    title: d.title,
    signer: d.signer,
    leaderInCharge,
    clerk,
    assignments: (d.assignments ?? []).flatMap((a) => {
      const ownLeads = a.unitIds.filter((u) => u === unitId || followed.has(u));
      const leads = ownLeads.length > 0;
      const items = (a.items ?? []).filter((i) => readsTaskOf(a, i));
      if (!items.length) return [];
      // A group's members each get their own task: a lead unit sees its own place in the group (its
      // head, the places of the units under it too), a coordinating unit the leads it works with.
      return [
        {
          unitText: a.unitText,
          unitIds: leads ? ownLeads : a.unitIds,
          group: a.isGroup,
          coordinating: a.coordinating,
          tasks: items.map(itemView),
          progress: progress.get(a.id) ?? NO_TASKS,
        },
      ];
    }),
  };
}

function itemView(i: AssignmentItem) {
  return {
    text: i.text,
    deadline: i.deadline,
    deadlineText: i.deadlineText,
    coordinating: i.coordinating,
    recurrence: i.recurrence,
    recurrenceText: i.recurrenceText,
    // Only when the clerk set them: a draft read back is the parse output it was made from, which has neither.
    ...(i.recurrenceDay !== null ? { recurrenceDay: i.recurrenceDay } : {}),
    ...(i.recurrenceMonth !== null ? { recurrenceMonth: i.recurrenceMonth } : {}),
    ...(i.recurrenceEndsOn !== null ? { recurrenceEndsOn: i.recurrenceEndsOn } : {}),
  };
}
