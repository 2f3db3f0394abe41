import { ApiProperty } from '@nestjs/swagger';
import { NOTIFICATION_KINDS, NOTIFICATION_STATUSES, type NotificationKind, type NotificationStatus, type TaskRow } from '@dondoc/database';
import {
  EXTENSION_STATUSES,
  RECURRENCES,
  ROLES,
  TASK_STATUSES,
  TIMELINESS,
  type ExtensionStatus,
  type Recurrence,
  type Role,
  type TaskStatus,
  type Timeliness,
} from '@dondoc/domain';
import { PersonRef, UnitRef } from '../common/refs';

// The shapes the task routes answer with: the classes are the OpenAPI document's, which the web app's types are written from.

const TASK_STATUS = { enum: TASK_STATUSES, enumName: 'TaskStatus' } as const;
const TIMELINESS_OR_NULL = { enum: TIMELINESS, enumName: 'Timeliness', nullable: true } as const;
const RECURRENCE = { enum: RECURRENCES, enumName: 'Recurrence' } as const;
const DATE_OR_NULL = { type: String, format: 'date', nullable: true } as const;
const INSTANT_OR_NULL = { type: String, format: 'date-time', nullable: true } as const;

export class TaskDirectiveRef {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: String, nullable: true }) docType!: string | null;
  @ApiProperty({ type: String, nullable: true }) number!: string | null;
  @ApiProperty({ type: String, nullable: true }) symbol!: string | null;
  @ApiProperty({ type: String, nullable: true }) title!: string | null;
  @ApiProperty(DATE_OR_NULL) date!: string | null;
}

/** A task as the API shows it in lists and on its page. */
export class TaskView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() text!: string;
  @ApiProperty(TASK_STATUS) status!: TaskStatus;
  @ApiProperty(TIMELINESS_OR_NULL) timeliness!: Timeliness | null;
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 100 }) progress!: number;
  @ApiProperty({ ...DATE_OR_NULL, description: 'The deadline in force: the stated date, or the next working day when that is a day off' })
  deadline!: string | null;
  @ApiProperty({ ...DATE_OR_NULL, description: 'The date the document (or the extension granted) gives' })
  statedDeadline!: string | null;
  @ApiProperty(DATE_OR_NULL) originalDeadline!: string | null;
  @ApiProperty({ type: String, nullable: true }) deadlineText!: string | null;
  @ApiProperty({ ...RECURRENCE, nullable: true }) recurrence!: Recurrence | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: "A recurring duty's task: its series" })
  seriesId!: string | null;
  @ApiProperty({ ...DATE_OR_NULL, description: "A recurring duty's task: the first day of its period" })
  periodStart!: string | null;
  @ApiProperty({ ...DATE_OR_NULL, description: "A recurring duty's task: the last day of its period" })
  periodEnd!: string | null;
  @ApiProperty({ type: 'integer' }) extensionCount!: number;
  @ApiProperty() extendedWhileOverdue!: boolean;
  @ApiProperty({ type: UnitRef }) leadUnit!: UnitRef;
  @ApiProperty({ type: [UnitRef] }) coordinatingUnits!: UnitRef[];
  @ApiProperty({ type: TaskDirectiveRef }) directive!: TaskDirectiveRef;
  @ApiProperty({ type: PersonRef, nullable: true }) leaderInCharge!: PersonRef | null;
  @ApiProperty({ type: PersonRef, nullable: true }) clerk!: PersonRef | null;
  @ApiProperty(INSTANT_OR_NULL) submittedAt!: Date | null;
  @ApiProperty(INSTANT_OR_NULL) completedAt!: Date | null;
  @ApiProperty({ type: 'integer' }) version!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: Date;
  @ApiProperty({ format: 'date-time' }) updatedAt!: Date;
}

/** A file sent with a report; its bytes come from the download route only. */
export class TaskAttachmentView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid', description: 'The progress report, submission or note it came with' }) updateId!: string;
  @ApiProperty() name!: string;
  @ApiProperty() contentType!: string;
  @ApiProperty({ type: 'integer', description: 'Bytes' }) size!: number;
  @ApiProperty() sha256!: string;
  @ApiProperty({ type: PersonRef }) uploadedBy!: PersonRef;
  @ApiProperty({ format: 'date-time' }) createdAt!: Date;
}

export class TaskUpdateAuthor extends PersonRef {
  @ApiProperty({ enum: ROLES, enumName: 'Role', description: "A leader's note is a direction (ý kiến chỉ đạo)" }) role!: Role;
}

/** An entry of the task's timeline: a report, a status move, a note, a correction. */
export class TaskUpdateView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ['progress', 'status', 'note', 'correction'], enumName: 'TaskUpdateKind' }) kind!: 'progress' | 'status' | 'note' | 'correction';
  @ApiProperty({ type: 'integer', nullable: true }) progress!: number | null;
  @ApiProperty({ type: String, nullable: true }) note!: string | null;
  @ApiProperty({ ...TASK_STATUS, nullable: true }) fromStatus!: TaskStatus | null;
  @ApiProperty({ ...TASK_STATUS, nullable: true }) toStatus!: TaskStatus | null;
  @ApiProperty({ type: TaskUpdateAuthor, nullable: true }) author!: TaskUpdateAuthor | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: Date;
  @ApiProperty({ type: [TaskAttachmentView] }) attachments!: TaskAttachmentView[];
}

export class ExtensionRequestView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'date' }) requestedDeadline!: string;
  @ApiProperty({ ...DATE_OR_NULL, description: 'The deadline granted on approval, which the leader may set other than the one asked for' })
  grantedDeadline!: string | null;
  @ApiProperty(DATE_OR_NULL) previousDeadline!: string | null;
  @ApiProperty() reason!: string;
  @ApiProperty({ enum: EXTENSION_STATUSES, enumName: 'ExtensionStatus' }) status!: ExtensionStatus;
  @ApiProperty({ type: PersonRef, nullable: true }) requestedBy!: PersonRef | null;
  @ApiProperty({ type: PersonRef, nullable: true }) decidedBy!: PersonRef | null;
  @ApiProperty({ type: String, nullable: true }) decisionNote!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: Date;
  @ApiProperty(INSTANT_OR_NULL) decidedAt!: Date | null;
}

/** An extension request as asking for it and deciding it answer: the record, its people by id. */
export class ExtensionRequestRecord {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) taskId!: string;
  @ApiProperty({ format: 'date' }) requestedDeadline!: string;
  @ApiProperty(DATE_OR_NULL) previousDeadline!: string | null;
  @ApiProperty() reason!: string;
  @ApiProperty({ enum: EXTENSION_STATUSES, enumName: 'ExtensionStatus' }) status!: ExtensionStatus;
  @ApiProperty({ format: 'uuid' }) requestedById!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) decidedById!: string | null;
  @ApiProperty({ type: String, nullable: true }) decisionNote!: string | null;
  @ApiProperty(INSTANT_OR_NULL) decidedAt!: Date | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: Date;
}

export class ExtensionRequestTask {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() text!: string;
  @ApiProperty({ type: UnitRef }) leadUnit!: UnitRef;
}

/** An extension request in the list of requests, with its task. */
export class ExtensionRequestListView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'date' }) requestedDeadline!: string;
  @ApiProperty(DATE_OR_NULL) previousDeadline!: string | null;
  @ApiProperty() reason!: string;
  @ApiProperty({ enum: EXTENSION_STATUSES, enumName: 'ExtensionStatus' }) status!: ExtensionStatus;
  @ApiProperty({ format: 'date-time' }) createdAt!: Date;
  @ApiProperty(INSTANT_OR_NULL) decidedAt!: Date | null;
  @ApiProperty({ type: String, nullable: true }) decisionNote!: string | null;
  @ApiProperty({ type: PersonRef }) requestedBy!: PersonRef;
  @ApiProperty({ type: ExtensionRequestTask }) task!: ExtensionRequestTask;
}

export class DeadlineChangeView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty(DATE_OR_NULL) previousDeadline!: string | null;
  @ApiProperty(DATE_OR_NULL) newDeadline!: string | null;
  @ApiProperty({ type: String, nullable: true }) reason!: string | null;
  @ApiProperty({ type: PersonRef, nullable: true }) changedBy!: PersonRef | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: Date;
}

/** A mail of the task's ledger: every reminder, notice, escalation and event mail about it ("đã đôn đốc"). */
export class TaskNotificationView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: NOTIFICATION_KINDS, enumName: 'NotificationKind' }) kind!: NotificationKind;
  @ApiProperty({ description: 'The reminder step, e.g. "before-5", "due"' }) step!: string;
  @ApiProperty({ description: 'Whom the reminder plan writes to: unit, clerk, leader, chairman' }) track!: string;
  @ApiProperty({
    type: String,
    nullable: true,
    description:
      "Null for a unit's people, who see the recipient's name and role only; else where it went, or where its role led when planned (null: nobody held it)",
  })
  recipientEmail!: string | null;
  @ApiProperty({ type: String, nullable: true }) recipientName!: string | null;
  @ApiProperty({ enum: ROLES, enumName: 'Role', nullable: true, description: "The recipient's role now; null for a mailbox that is no one's account" })
  recipientRole!: Role | null;
  @ApiProperty({ enum: NOTIFICATION_STATUSES, enumName: 'NotificationStatus' }) status!: NotificationStatus;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Why it was not sent for this task (nobody holds the role, the task finished first ...), when known',
  })
  reason!: string | null;
  @ApiProperty(INSTANT_OR_NULL) sentAt!: Date | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: Date;
}

/** What the reader may do to the task now: drives the buttons the web app shows. */
export class TaskPermissionsView {
  @ApiProperty() report!: boolean;
  @ApiProperty() submit!: boolean;
  @ApiProperty() requestExtension!: boolean;
  @ApiProperty() decideExtension!: boolean;
  @ApiProperty() accept!: boolean;
  @ApiProperty() return!: boolean;
  @ApiProperty() cancel!: boolean;
  @ApiProperty() attach!: boolean;
  @ApiProperty({ description: 'Correct the published task (text, lead unit, deadline): the office and the leader in charge' }) correct!: boolean;
  @ApiProperty() withdraw!: boolean;
  @ApiProperty({ description: "Write a comment: a leader's direction, a unit's answer" }) comment!: boolean;
  @ApiProperty({ description: 'Stop the recurring duty this task is a period of' }) stopSeries!: boolean;
}

/** One period's task of a recurring duty. */
export class SeriesInstanceView {
  @ApiProperty({ format: 'uuid' }) taskId!: string;
  @ApiProperty({ format: 'date' }) periodStart!: string;
  @ApiProperty({ format: 'date' }) periodEnd!: string;
  @ApiProperty(DATE_OR_NULL) deadline!: string | null;
  @ApiProperty(TASK_STATUS) status!: TaskStatus;
  @ApiProperty(TIMELINESS_OR_NULL) timeliness!: Timeliness | null;
  @ApiProperty(INSTANT_OR_NULL) submittedAt!: string | null;
}

/** A recurring duty: one task per period, made before the period opens, until its end or until stopped. */
export class TaskSeriesView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty(RECURRENCE) recurrence!: Recurrence;
  @ApiProperty({
    type: 'integer',
    nullable: true,
    description: "The due day in each period: of the week (1 = Monday) for a weekly duty, else of the period's last month; null: its last day",
  })
  dueDay!: number | null;
  @ApiProperty({ type: 'integer', nullable: true, description: "A yearly duty's month of the due day (1 to 12); null: December, or not yearly" })
  dueMonth!: number | null;
  @ApiProperty({ ...DATE_OR_NULL, description: "The duty's last day; null: until stopped" }) endsOn!: string | null;
  @ApiProperty({ ...DATE_OR_NULL, description: 'The first day of the next period to be made; null once the series has reached its end' })
  nextPeriodStart!: string | null;
  @ApiProperty(INSTANT_OR_NULL) stoppedAt!: Date | null;
  @ApiProperty({ type: PersonRef, nullable: true }) stoppedBy!: PersonRef | null;
  @ApiProperty({ type: [SeriesInstanceView] }) instances!: SeriesInstanceView[];
}

/** A task on its page: the task, its timeline, its mail, its files and what the reader may do. */
export class TaskDetailView extends TaskView {
  @ApiProperty({ type: [TaskUpdateView] }) updates!: TaskUpdateView[];
  @ApiProperty({ type: [ExtensionRequestView] }) extensionRequests!: ExtensionRequestView[];
  @ApiProperty({ type: [DeadlineChangeView] }) deadlineHistory!: DeadlineChangeView[];
  @ApiProperty({ type: [TaskNotificationView] }) notifications!: TaskNotificationView[];
  @ApiProperty({ type: String, nullable: true, description: 'The paragraph of the notice the task was read from' }) sourceParagraph!: string | null;
  @ApiProperty({ type: [TaskAttachmentView] }) attachments!: TaskAttachmentView[];
  @ApiProperty({ type: TaskSeriesView, nullable: true, description: 'The recurring duty this task is one period of; null for a task of its own' })
  series!: TaskSeriesView | null;
  @ApiProperty({ type: TaskPermissionsView }) permissions!: TaskPermissionsView;
  @ApiProperty({ description: 'Read by the head of a unit above the lead unit, who follows it and may act on nothing' }) following!: boolean;
}

/** What stopping a recurring duty did. */
export class SeriesStopped {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'date-time' }) stoppedAt!: Date;
  @ApiProperty({ type: [String], description: 'The tasks made ahead for periods not yet open, cancelled' }) cancelledTaskIds!: string[];
}

export function toTaskView(r: TaskRow, units: Map<string, { id: string; code: string; name: string }>): TaskView {
  return {
    id: r.id,
    text: r.text,
    status: r.status,
    timeliness: r.timeliness,
    progress: r.progress,
    deadline: r.deadline,
    statedDeadline: r.stated_deadline,
    originalDeadline: r.original_deadline,
    deadlineText: r.deadline_text,
    recurrence: r.recurrence,
    seriesId: r.series_id,
    periodStart: r.period_start,
    periodEnd: r.period_end,
    extensionCount: r.extension_count,
    extendedWhileOverdue: r.extended_while_overdue,
    leadUnit: { id: r.lead_unit_id, code: r.lead_unit_code, name: r.lead_unit_name },
    coordinatingUnits: r.coordinating_unit_ids.map((id) => units.get(id)).filter((u): u is { id: string; code: string; name: string } => !!u),
    directive: {
      id: r.directive_id,
      docType: r.directive_doc_type,
      number: r.directive_number,
      symbol: r.directive_symbol,
      title: r.directive_title,
      date: r.directive_date,
    },
    leaderInCharge: r.leader_id ? { id: r.leader_id, name: r.leader_name ?? '' } : null,
    clerk: r.clerk_id ? { id: r.clerk_id, name: r.clerk_name ?? '' } : null,
    submittedAt: r.submitted_at,
    completedAt: r.completed_at,
    version: r.version,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}
