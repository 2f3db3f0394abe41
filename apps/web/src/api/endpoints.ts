import type { TaskFilters } from '../lib/taskFilters';
import { filtersToQuery } from '../lib/taskFilters';
import { downloadFile, request, type Query } from './client';
import type {
  CalendarDay,
  AuditEntry,
  CalendarYear,
  CalendarYearImport,
  CaughtMail,
  CurrentUser,
  DirectiveDetail,
  DirectiveHeaderCorrection,
  DirectiveDraft,
  DirectiveInput,
  DirectivePublished,
  ExtensionDecisionInput,
  ExtensionRequestInput,
  ExtensionRequestRecord,
  DirectiveSummary,
  FailedNotification,
  Id,
  LoginInput,
  LoginResponse,
  PasswordChange,
  NewTaskInput,
  NewUser,
  Paged,
  PendingExtensionRequest,
  ReminderPolicy,
  ReminderPolicyView,
  ResendResult,
  Role,
  SeriesStopped,
  Task,
  TaskAdded,
  TaskAttachment,
  TaskCorrection,
  TaskDecision,
  TaskDetail,
  TaskReason,
  Unit,
  UnitChanges,
  UnitInput,
  UnitStats,
  User,
  UserChanges,
} from './types';

/** The largest page the API gives. */
const MAX_PAGE_SIZE = 200;

/** Every item of a list the screen needs whole (units and people for pickers, the leader's pending requests), page by page. */
async function allPages<T>(path: string, query: Query = {}): Promise<T[]> {
  const items: T[] = [];
  for (let page = 1; ; page++) {
    const result = await request<Paged<T>>('GET', path, { query: { ...query, page, pageSize: MAX_PAGE_SIZE } });
    items.push(...result.items);
    if (!result.items.length || items.length >= result.total) return items;
  }
}

const id = (value: Id) => encodeURIComponent(String(value));

export const authApi = {
  login: (email: string, password: string) =>
    request<LoginResponse>('POST', '/auth/login', { body: { email, password } satisfies LoginInput, anonymous: true }),
  me: () => request<CurrentUser>('GET', '/auth/me'),
  /** Ends the account's tokens on the server, so a copy of this one is of no use either. */
  logout: () => request<void>('POST', '/auth/logout'),
  /** A new password ends every other sign-in; the API hands this page a new session cookie. */
  changePassword: (body: PasswordChange) => request<LoginResponse>('POST', '/auth/password', { body }),
};

export const unitsApi = {
  list: () => request<Unit[]>('GET', '/units'),
  create: (input: UnitInput) => request<Unit>('POST', '/units', { body: input }),
  update: (unitId: Id, input: UnitChanges) => request<Unit>('PATCH', `/units/${id(unitId)}`, { body: input }),
};

export const usersApi = {
  list: (role?: Role) => allPages<User>('/users', { role }),
  create: (input: NewUser) => request<User>('POST', '/users', { body: input }),
  update: (userId: Id, input: UserChanges) => request<User>('PATCH', `/users/${id(userId)}`, { body: input }),
};

export const directivesApi = {
  parseText: (text: string, date?: string) => request<DirectiveDraft>('POST', '/directives/parse', { body: { text, date } }),
  parseFile: (file: File, date?: string) => {
    const form = new FormData();
    if (date) form.append('date', date);
    form.append('file', file);
    return request<DirectiveDraft>('POST', '/directives/parse', { form });
  },
  list: (query: Query = {}) => request<Paged<DirectiveSummary>>('GET', '/directives', { query }),
  get: (directiveId: Id) => request<DirectiveDetail>('GET', `/directives/${id(directiveId)}`),
  create: (input: DirectiveInput) => request<DirectiveDetail>('POST', '/directives', { body: input }),
  update: (directiveId: Id, input: DirectiveInput) => request<DirectiveDetail>('PATCH', `/directives/${id(directiveId)}`, { body: input }),
  /** Only a draft: a published directive is refused. */
  remove: (directiveId: Id) => request<void>('DELETE', `/directives/${id(directiveId)}`),
  publish: (directiveId: Id) => request<DirectivePublished>('POST', `/directives/${id(directiveId)}/publish`),
  /** Only a published directive: its number, date, title ... corrected. */
  correctHeader: (directiveId: Id, input: DirectiveHeaderCorrection) =>
    request<DirectiveDetail>('PATCH', `/directives/${id(directiveId)}/header`, { body: input }),
  addTask: (directiveId: Id, input: NewTaskInput) => request<TaskAdded>('POST', `/directives/${id(directiveId)}/tasks`, { body: input }),
};

export interface TaskUpdateInput {
  progress?: number;
  note?: string;
  status?: 'in_progress' | 'submitted';
  version?: number;
}

export const tasksApi = {
  list: (filters: TaskFilters) => request<Paged<Task>>('GET', '/tasks', { query: filtersToQuery(filters) }),
  listRaw: (query: Query) => request<Paged<Task>>('GET', '/tasks', { query }),
  /** Every task whose work was sent for acceptance: the leaders' to decide. */
  submitted: () => allPages<Task>('/tasks', { status: 'submitted' }),
  get: (taskId: Id) => request<TaskDetail>('GET', `/tasks/${id(taskId)}`),
  /** A report; with files it goes as multipart/form-data, the fields as text beside them. */
  update: (taskId: Id, body: TaskUpdateInput, files: File[] = []) => {
    if (!files.length) return request<Task>('POST', `/tasks/${id(taskId)}/updates`, { body });
    const form = new FormData();
    for (const [key, value] of Object.entries(body)) if (value !== undefined) form.append(key, String(value));
    for (const file of files) form.append('files', file, file.name);
    return request<Task>('POST', `/tasks/${id(taskId)}/updates`, { form });
  },
  downloadAttachment: (taskId: Id, file: Pick<TaskAttachment, 'id' | 'name'>) => downloadFile(`/tasks/${id(taskId)}/attachments/${id(file.id)}`, {}, file.name),
  accept: (taskId: Id, body: TaskDecision) => request<Task>('POST', `/tasks/${id(taskId)}/accept`, { body }),
  return: (taskId: Id, body: TaskReason) => request<Task>('POST', `/tasks/${id(taskId)}/return`, { body }),
  cancel: (taskId: Id, body: TaskReason) => request<Task>('POST', `/tasks/${id(taskId)}/cancel`, { body }),
  /** A task of a published directive corrected: its text, lead unit or deadline. */
  correct: (taskId: Id, body: TaskCorrection) => request<Task>('PATCH', `/tasks/${id(taskId)}`, { body }),
  /** A task given by mistake, withdrawn (cancelled) as a correction of the directive. */
  withdraw: (taskId: Id, body: TaskReason) => request<Task>('POST', `/tasks/${id(taskId)}/withdraw`, { body }),
  requestExtension: (taskId: Id, body: ExtensionRequestInput) => request<ExtensionRequestRecord>('POST', `/tasks/${id(taskId)}/extension-requests`, { body }),
};

export const seriesApi = {
  /** No period's task is made after this; the one made ahead for a period not yet open is cancelled. */
  stop: (seriesId: Id) => request<SeriesStopped>('POST', `/series/${id(seriesId)}/stop`),
};

export const extensionsApi = {
  pending: () => allPages<PendingExtensionRequest>('/extension-requests', { status: 'pending' }),
  /** `deadline`, on approval, grants another date than the one asked for. */
  decide: (requestId: Id, approve: boolean, note?: string, deadline?: string) =>
    request<ExtensionRequestRecord>('POST', `/extension-requests/${id(requestId)}/decision`, {
      body: { approve, note, deadline } satisfies ExtensionDecisionInput,
    }),
};

/** Tasks assigned from `from` to `to`, counted as they stood at the end of `asOf` (today when absent). */
export interface ReportPeriod {
  from?: string;
  to?: string;
  asOf?: string;
}

export const statsApi = {
  units: ({ from, to, asOf }: ReportPeriod) => request<UnitStats[]>('GET', '/stats/units', { query: { from, to, asOf } }),
};

export const reportsApi = {
  download: (format: 'xlsx' | 'docx', { from, to, asOf }: ReportPeriod) =>
    downloadFile(`/reports/tasks.${format}`, { from, to, asOf }, `bao-cao-nhiem-vu.${format}`),
};

export const adminApi = {
  calendar: (year: number) => request<CalendarYear>('GET', '/calendar/holidays', { query: { year } }),
  importCalendarYear: (year: number, body: CalendarYearImport) => request<CalendarYear>('PUT', `/calendar/years/${year}`, { body }),
  setCalendarDay: (day: CalendarDay) => request<CalendarDay>('POST', '/calendar/days', { body: day }),
  removeCalendarDay: (date: string) => request<void>('DELETE', `/calendar/days/${encodeURIComponent(date)}`),
  reminderPolicy: () => request<ReminderPolicyView>('GET', '/reminder-policy'),
  saveReminderPolicy: (policy: ReminderPolicy) => request<ReminderPolicyView>('PUT', '/reminder-policy', { body: policy }),
  failedNotifications: async () => (await request<Paged<FailedNotification>>('GET', '/notifications', { query: { status: 'failed' } })).items,
  resendNotification: (notificationId: Id) => request<ResendResult>('POST', `/notifications/${id(notificationId)}/resend`),
  auditLog: (query: { page: number; pageSize: number; entity?: string; entityId?: string; actorId?: string; from?: string; to?: string }) =>
    request<Paged<AuditEntry>>('GET', '/audit-log', { query }),
  caughtMail: async () => (await request<Paged<CaughtMail>>('GET', '/mail-catcher')).items,
};
