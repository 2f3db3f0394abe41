export const ROLES = ['admin', 'clerk', 'leader', 'unit_head', 'unit_staff'] as const;
export type Role = (typeof ROLES)[number];

export const UNIT_KINDS = [
  'committee',
  'office',
  'department',
  'public_service',
  'preschool',
  'primary_school',
  'lower_secondary_school',
  'commune',
  'other',
] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export const TASK_STATUSES = ['assigned', 'in_progress', 'submitted', 'done', 'cancelled'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export const TIMELINESS = ['on_track', 'due_soon', 'overdue', 'done_on_time', 'done_late', 'no_deadline'] as const;
export type Timeliness = (typeof TIMELINESS)[number];

export const RECURRENCES = ['weekly', 'monthly', 'quarterly', 'yearly'] as const;
export type Recurrence = (typeof RECURRENCES)[number];

export const EXTENSION_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type ExtensionStatus = (typeof EXTENSION_STATUSES)[number];

/** Dates without a time of day, as the calendar and the deadline columns hold them. */
export type IsoDate = string;

export const TIMELINESS_LABELS: Record<Timeliness, string> = {
  on_track: 'Đang thực hiện, trong hạn',
  due_soon: 'Sắp đến hạn',
  overdue: 'Quá hạn, chưa hoàn thành',
  done_on_time: 'Hoàn thành đúng hạn',
  done_late: 'Hoàn thành quá hạn',
  no_deadline: 'Không thời hạn (thường xuyên)',
};

/** The one set of status names the screens, the mails and the reports use. */
export const STATUS_LABELS: Record<TaskStatus, string> = {
  assigned: 'Đã giao',
  in_progress: 'Đang thực hiện',
  submitted: 'Đã báo cáo hoàn thành',
  done: 'Đã hoàn thành',
  cancelled: 'Đã hủy',
};
