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
export type TaskStatus = Schemas['TaskStatus'];
export type Timeliness = Schemas['Timeliness'];
export type Recurrence = Schemas['Recurrence'];

export type UnitRef = Schemas['UnitRef'];

export type Unit = Schemas['UnitView'];
export type UnitInput = Schemas['CreateUnitDto'];
export type UnitChanges = Schemas['UpdateUnitDto'];

export type CurrentUser = Schemas['MeView'];

export type User = Schemas['UserView'];
export type NewUser = Schemas['CreateUserDto'];
export type UserChanges = Schemas['UpdateUserDto'];

/** The API's answer to sign-in also carries a token, for API clients: the web app's session is its cookie. */
export type LoginResponse = Schemas['SessionView'];

export type PersonRef = Schemas['PersonRef'];

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

export type DirectiveStatus = Schemas['DirectiveStatus'];

export type DirectiveSummary = Schemas['DirectiveSummary'];
export type DirectivePublished = Schemas['DirectivePublished'];
export type TaskAdded = Schemas['TaskAdded'];

export type Paged<T> = Schemas['PageInfo'] & { items: T[] };


export type Task = Schemas['TaskView'];

export type TaskAttachment = Schemas['TaskAttachmentView'];

export type TaskUpdate = Schemas['TaskUpdateView'];

export type ExtensionStatus = Schemas['ExtensionStatus'];

export type ExtensionRequest = Schemas['ExtensionRequestView'];

export type PendingExtensionRequest = Schemas['ExtensionRequestListView'];

export type DeadlineChange = Schemas['DeadlineChangeView'];

export type NotificationStatus = Schemas['NotificationStatus'];

export type TaskNotification = Schemas['TaskNotificationView'];

export type TaskPermissions = Schemas['TaskPermissionsView'];

export type SeriesInstance = Schemas['SeriesInstanceView'];

export type TaskSeries = Schemas['TaskSeriesView'];
export type SeriesStopped = Schemas['SeriesStopped'];

export type TaskDetail = Schemas['TaskDetailView'];

export type UnitStats = Schemas['UnitStatsView'];

export type CalendarDayKind = Schemas['CalendarDayKind'];

/** A day the admin set by hand: an extra day off, or a weekend day made a working day by a swap. */
export type CalendarDay = Schemas['CalendarDayDto'];

export type CalendarDayView = Schemas['CalendarDayView'];

export type CalendarSource = Schemas['CalendarSourceView'];

export type CalendarYear = Schemas['CalendarYearView'];

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
