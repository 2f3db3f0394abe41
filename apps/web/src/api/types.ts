/**
 * Shapes of the dondoc HTTP API. Those the API describes come from its OpenAPI document
 * (schema.d.ts, written by `npm run api:types`); the others are written here until it does.
 */
import type { components } from './schema';

type Schemas = components['schemas'];

/** Ids are opaque: the API may use numbers or UUIDs. */
export type Id = string | number;

export type Role = Schemas['Role'];
export type UnitKind = Schemas['UnitKind'];
export type TaskStatus = 'assigned' | 'in_progress' | 'submitted' | 'done' | 'cancelled';
export type Timeliness = 'on_track' | 'due_soon' | 'overdue' | 'done_on_time' | 'done_late' | 'no_deadline';
export type Recurrence = 'weekly' | 'monthly' | 'quarterly' | 'yearly';

export interface UnitRef {
  id: Id;
  code: string;
  name: string;
}

export type Unit = Schemas['UnitView'];
export type UnitInput = Schemas['CreateUnitDto'];
export type UnitChanges = Schemas['UpdateUnitDto'];

export interface CurrentUser {
  id: Id;
  email: string;
  name: string;
  role: Role;
  unitId: Id | null;
  unit: UnitRef | null;
}

export type User = Schemas['UserView'];
export type NewUser = Schemas['CreateUserDto'];
export type UserChanges = Schemas['UpdateUserDto'];

/** The API's answer to sign-in also carries a token, for API clients: the web app's session is its cookie. */
export interface LoginResponse {
  user: CurrentUser;
}

export interface PersonRef {
  id: Id;
  name: string;
}

export interface TextRange {
  start: number;
  end: number;
}

export interface CoordinatingRef {
  text: string;
  unitId: Id | null;
}

export interface DraftTask {
  text: string;
  deadline: string | null;
  deadlineText: string | null;
  coordinating: CoordinatingRef[];
  recurrence: Recurrence | null;
  recurrenceText?: string | null;
  /** The due day in each period: of the week (1 = Monday) for a weekly duty, else of the period's last month; null: its last day. */
  recurrenceDay?: number | null;
  /** The recurring duty's last day; null: until the clerk stops it. */
  recurrenceEndsOn?: string | null;
  range?: TextRange | null;
  deadlineRange?: TextRange | null;
  /** The parser's confidence (0 to 1) and, where it guessed, why. */
  confidence?: number;
  reasons?: string[];
}

export interface UnitSuggestion {
  unitId: Id;
  name: string;
}

export interface DraftAssignment {
  unitText: string;
  unitIds: Id[];
  group: boolean;
  suggestions?: UnitSuggestion[];
  coordinating: CoordinatingRef[];
  range?: TextRange | null;
  tasks: DraftTask[];
  confidence?: number;
  reasons?: string[];
}

export interface DraftRanges {
  number?: TextRange | null;
  date?: TextRange | null;
  title?: TextRange | null;
  signer?: TextRange | null;
}

export interface DirectiveDraft {
  number: string | null;
  symbol: string | null;
  docType: string | null;
  issuer: string | null;
  date: string | null;
  dateText?: string | null;
  title: string | null;
  signer: string | null;
  recipients?: string[] | string | null;
  ranges?: DraftRanges;
  assignments: DraftAssignment[];
  sourceText?: string;
}

export interface DirectiveInput extends DirectiveDraft {
  leaderInChargeId?: Id | null;
  clerkId?: Id | null;
}

export type DirectiveStatus = 'draft' | 'published';

export interface DirectiveSummary {
  id: Id;
  number: string | null;
  symbol: string | null;
  docType: string | null;
  title: string | null;
  date: string | null;
  status: DirectiveStatus;
  publishedAt: string | null;
  taskCount: number;
  doneCount: number;
  overdueCount: number;
}

export type Paged<T> = Schemas['PageInfo'] & { items: T[] };

export interface DirectiveRef {
  id: Id;
  number: string | null;
  symbol: string | null;
  title: string | null;
  date: string | null;
}

export interface Task {
  id: Id;
  text: string;
  status: TaskStatus;
  timeliness: Timeliness | null;
  progress: number;
  /** In force: the stated date, or the next working day when that is a day off. */
  deadline: string | null;
  /** The date the document (or the extension granted) gives. */
  statedDeadline: string | null;
  originalDeadline: string | null;
  deadlineText: string | null;
  recurrence: Recurrence | null;
  /** A recurring duty's task: its series, and the first and last day of its period. */
  seriesId?: Id | null;
  periodStart?: string | null;
  periodEnd?: string | null;
  extensionCount: number;
  leadUnit: UnitRef;
  coordinatingUnits: UnitRef[];
  directive: DirectiveRef | null;
  leaderInCharge: PersonRef | null;
  clerk: PersonRef | null;
  submittedAt: string | null;
  completedAt: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** A file sent with a report; its bytes come from the download route only. */
export interface TaskAttachment {
  id: Id;
  /** The report, submission or note it came with. */
  updateId: Id;
  name: string;
  contentType: string;
  size: number;
  sha256: string;
  uploadedBy: PersonRef;
  createdAt: string;
}

export interface TaskUpdate {
  id: Id;
  kind: 'progress' | 'status' | 'note' | 'correction';
  progress: number | null;
  note: string | null;
  fromStatus: TaskStatus | null;
  toStatus: TaskStatus | null;
  /** With the author's role: a leader's note is a direction (ý kiến chỉ đạo). */
  author: (PersonRef & { role?: Role }) | null;
  createdAt: string;
  attachments: TaskAttachment[];
}

export type ExtensionStatus = 'pending' | 'approved' | 'rejected';

export interface ExtensionRequest {
  id: Id;
  requestedDeadline: string;
  /** The deadline granted on approval, which the leader may set other than the one asked for. */
  grantedDeadline?: string | null;
  previousDeadline: string | null;
  reason: string;
  status: ExtensionStatus;
  requestedBy: PersonRef | null;
  decidedBy: PersonRef | null;
  decisionNote: string | null;
  createdAt: string;
  decidedAt: string | null;
}

export interface PendingExtensionRequest extends ExtensionRequest {
  task: { id: Id; text: string; leadUnit: UnitRef | null };
}

export interface DeadlineChange {
  id: Id;
  previousDeadline: string | null;
  newDeadline: string | null;
  reason: string | null;
  changedBy: PersonRef | null;
  createdAt: string;
}

export type NotificationStatus = Schemas['NotificationStatus'];

export interface TaskNotification {
  id: Id;
  kind: string;
  /** Null for a unit's people, who see the recipient's name and role only. */
  recipientEmail: string | null;
  recipientName: string | null;
  recipientRole: Role | null;
  status: NotificationStatus;
  /** Why it was not sent for this task (nobody holds the role, the task finished first ...), when known. */
  reason?: string | null;
  sentAt: string | null;
  createdAt: string;
  step: string | number | null;
}

export interface TaskPermissions {
  report: boolean;
  submit: boolean;
  requestExtension: boolean;
  decideExtension: boolean;
  accept: boolean;
  return: boolean;
  cancel: boolean;
  attach: boolean;
  /** Stop the recurring duty this task is a period of. */
  stopSeries: boolean;
  /** Correct the published task (text, lead unit, deadline) or withdraw it: the office and the leader in charge. */
  correct: boolean;
  withdraw: boolean;
  /** Write a comment: a leader's direction, a unit's answer. */
  comment: boolean;
}

/** One period's task of a recurring duty. */
export interface SeriesInstance {
  taskId: Id;
  periodStart: string;
  periodEnd: string;
  deadline: string | null;
  status: TaskStatus;
  timeliness: Timeliness | null;
  submittedAt: string | null;
}

/** A recurring duty: one task per period, made before the period opens, until its end or until stopped. */
export interface TaskSeries {
  id: Id;
  recurrence: Recurrence;
  dueDay: number | null;
  endsOn: string | null;
  /** The first day of the next period to be made; null once the series has reached its end. */
  nextPeriodStart: string | null;
  stoppedAt: string | null;
  stoppedBy: PersonRef | null;
  instances: SeriesInstance[];
}

export interface TaskDetail extends Task {
  updates: TaskUpdate[];
  extensionRequests: ExtensionRequest[];
  deadlineHistory: DeadlineChange[];
  notifications: TaskNotification[];
  sourceParagraph: string | null;
  attachments: TaskAttachment[];
  /** The recurring duty this task is one period of; null for a task of its own. */
  series: TaskSeries | null;
  permissions: TaskPermissions;
  /** Read by the head of a unit above the lead unit, who follows it and may act on nothing. */
  following?: boolean;
}

export interface UnitStats {
  unitId: Id;
  unitCode: string;
  unitName: string;
  on_track: number;
  due_soon: number;
  overdue: number;
  done_on_time: number;
  done_late: number;
  no_deadline: number;
  total: number;
}

export type CalendarDayKind = 'day_off' | 'working_day';

/** A day the admin set by hand: an extra day off, or a weekend day made a working day by a swap. */
export interface CalendarDay {
  date: string;
  kind: CalendarDayKind;
  name: string;
}

export interface CalendarDayView extends CalendarDay {
  /** `official`: the government's announcement; `admin`: set by an admin here. */
  origin: 'official' | 'admin';
}

export interface CalendarSource {
  title: string;
  url: string | null;
  covers: string;
}

export interface CalendarYear {
  year: number;
  /** The year's days off are the government's announcement; false: computed by the rule, no announcement known. */
  official: boolean;
  sources: CalendarSource[];
  missing: string[];
  /** Every weekday off of the year, whatever its origin. */
  daysOff: Array<{ date: string; name: string }>;
  /** The days set apart in the database, announced and the admin's. */
  days: CalendarDayView[];
}

export type FailedNotification = Schemas['NotificationView'];
export type AuditEntry = Schemas['AuditEntryView'];
export type CaughtMail = Schemas['CaughtMailView'];

export type ReminderPolicy = Schemas['ReminderPolicyDto'];
export type ReminderPolicyView = Schemas['ReminderPolicyView'];

export interface ApiErrorBody {
  statusCode: number;
  error?: string;
  message?: string | string[];
}
