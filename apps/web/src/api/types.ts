/**
 * Shapes of the dondoc HTTP API, named as the pages use them. Every one is the API's OpenAPI
 * document (schema.d.ts, written by `npm run api:types`) but the three at the end, which no
 * route's answer is: the id, the generic page and the error body.
 */
import type { components } from './schema';

type Schemas = components['schemas'];

export type Role = Schemas['Role'];
export type UnitKind = Schemas['UnitKind'];
export type TaskStatus = Schemas['TaskStatus'];
export type Timeliness = Schemas['Timeliness'];
export type Recurrence = Schemas['Recurrence'];
export type UnitRef = Schemas['UnitRef'];
export type PersonRef = Schemas['PersonRef'];

export type Unit = Schemas['UnitView'];
export type UnitInput = Schemas['CreateUnitDto'];
export type UnitChanges = Schemas['UpdateUnitDto'];

export type CurrentUser = Schemas['MeView'];
export type User = Schemas['UserView'];
export type NewUser = Schemas['CreateUserDto'];
export type UserChanges = Schemas['UpdateUserDto'];

/** The API's answer to sign-in also carries a token, for API clients: the web app's session is its cookie. */
export type LoginResponse = Schemas['SessionView'];
export type LoginInput = Schemas['LoginDto'];
export type PasswordChange = Schemas['ChangePasswordDto'];

// Directives: the draft as parse gives it and as it is read back, the shape the clerk edits.
export type TextRange = Schemas['TextRange'];
export type CoordinatingRef = Schemas['CoordinatingRef'];
export type UnitSuggestion = Schemas['UnitSuggestion'];
export type DraftTask = Schemas['DraftTaskView'];
export type DraftAssignment = Schemas['DraftAssignmentView'];
export type DraftRanges = Schemas['DraftRanges'];
export type DirectiveDraft = Schemas['DirectiveDraftView'];
/** The body of POST and PATCH /directives. */
export type DirectiveInput = Schemas['DirectiveDraftDto'];
export type DirectiveStatus = Schemas['DirectiveStatus'];
export type DirectiveSummary = Schemas['DirectiveSummary'];
export type DirectiveDetail = Schemas['DirectiveView'];
export type SectionProgress = Schemas['SectionProgress'];
export type DirectivePublished = Schemas['DirectivePublished'];
/** Only what is sent changes; null clears a field. `version` is the one the person saw (409 when stale). */
export type DirectiveHeaderCorrection = Schemas['DirectiveHeaderCorrectionDto'];
export type NewTaskInput = Schemas['NewTaskDto'];
export type TaskAdded = Schemas['TaskAdded'];

// Tasks: the list's and the task page's.
export type Task = Schemas['TaskView'];
export type TaskDetail = Schemas['TaskDetailView'];
export type TaskAttachment = Schemas['TaskAttachmentView'];
export type TaskUpdate = Schemas['TaskUpdateView'];
export type DeadlineChange = Schemas['DeadlineChangeView'];
export type NotificationStatus = Schemas['NotificationStatus'];
export type TaskNotification = Schemas['TaskNotificationView'];
export type TaskPermissions = Schemas['TaskPermissionsView'];
export type SeriesInstance = Schemas['SeriesInstanceView'];
export type TaskSeries = Schemas['TaskSeriesView'];
export type SeriesStopped = Schemas['SeriesStopped'];
export type ExtensionStatus = Schemas['ExtensionStatus'];
export type ExtensionRequest = Schemas['ExtensionRequestView'];
export type PendingExtensionRequest = Schemas['ExtensionRequestListView'];
export type ExtensionRequestRecord = Schemas['ExtensionRequestRecord'];
/** Accepting work; `version` is the one the person saw (409 when stale). */
export type TaskDecision = Schemas['TaskDecisionDto'];
/** Returning, cancelling or withdrawing a task. */
export type TaskReason = Schemas['TaskReasonDto'];
/** A task of a published directive corrected; only what is sent changes, `deadline` null: a standing task. */
export type TaskCorrection = Schemas['TaskCorrectionDto'];
export type ExtensionRequestInput = Schemas['ExtensionRequestDto'];
export type ExtensionDecisionInput = Schemas['ExtensionDecisionDto'];

export type UnitStats = Schemas['UnitStatsView'];

export type CalendarDayKind = Schemas['CalendarDayKind'];
/** A day the admin set by hand: an extra day off, or a weekend day made a working day by a swap. */
export type CalendarDay = Schemas['CalendarDayDto'];
export type CalendarDayView = Schemas['CalendarDayView'];
export type CalendarSource = Schemas['CalendarSourceView'];
export type CalendarYear = Schemas['CalendarYearView'];
/** A year's announcement as an admin imports it: the table of its days and where it was announced. */
export type CalendarYearImport = Schemas['YearImportDto'];

export type FailedNotification = Schemas['NotificationView'];
export type AuditEntry = Schemas['AuditEntryView'];
export type CaughtMail = Schemas['CaughtMailView'];
export type ResendResult = Schemas['ResendResult'];
export type ReminderPolicy = Schemas['ReminderPolicyDto'];
export type ReminderPolicyView = Schemas['ReminderPolicyView'];

/** The API's ids are UUIDs, sent as strings. */
export type Id = string;

/** A page of any list: the document has no generics, so the page's fields and its items meet here. */
export type Paged<T> = Schemas['PageInfo'] & { items: T[] };

/** What every refused request answers (the API's exception filter), whatever the route. */
export interface ApiErrorBody {
  statusCode: number;
  error?: string;
  message?: string | string[];
}
