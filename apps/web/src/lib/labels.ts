import { STATUS_LABELS, UNIT_KINDS } from '../../../../libs/domain/src/vocabulary';
import { TEXT_COLOR } from '../theme';
import type { NotificationStatus, Recurrence, Role, TaskStatus, Timeliness, UnitKind } from '../api/types';

/** The six categories every report counts, in the order reports list them. */
export const TIMELINESS_ORDER: readonly Timeliness[] = ['overdue', 'due_soon', 'on_track', 'done_on_time', 'done_late', 'no_deadline'];

export const TIMELINESS_LABEL: Record<Timeliness, string> = {
  overdue: 'Quá hạn',
  due_soon: 'Sắp đến hạn',
  on_track: 'Trong hạn',
  done_on_time: 'Hoàn thành đúng hạn',
  done_late: 'Hoàn thành quá hạn',
  no_deadline: 'Không thời hạn',
};

/** antd Tag preset colours; red for overdue and green for done on time, as in Vietnamese practice. */
export const TIMELINESS_TAG_COLOR: Record<Timeliness, string> = {
  overdue: 'red',
  due_soon: 'orange',
  on_track: 'blue',
  done_on_time: 'green',
  done_late: 'volcano',
  no_deadline: 'default',
};

/** Numbers and words written in a category's colour, readable on white like the tags' text. */
export const TIMELINESS_TEXT_COLOR: Record<Timeliness, string> = {
  overdue: TEXT_COLOR.red,
  due_soon: TEXT_COLOR.orange,
  on_track: TEXT_COLOR.blue,
  done_on_time: TEXT_COLOR.green,
  done_late: TEXT_COLOR.volcano,
  no_deadline: TEXT_COLOR.secondary,
};

/** Solid colours for charts, matching the tag colours. */
export const TIMELINESS_CHART_COLOR: Record<Timeliness, string> = {
  overdue: '#f5222d',
  due_soon: '#fa8c16',
  on_track: '#1677ff',
  done_on_time: '#52c41a',
  done_late: '#d4380d',
  no_deadline: '#bfbfbf',
};

export const STATUS_ORDER: readonly TaskStatus[] = ['assigned', 'in_progress', 'submitted', 'done', 'cancelled'];

/** The domain's status names, the ones the mails and reports use too. */
export const STATUS_LABEL: Record<TaskStatus, string> = STATUS_LABELS;

/**
 * Palette tags, not antd's status ones: a status tag writes in the bright status colour itself
 * (green on pale green is 2.2:1), a palette tag in a dark shade the theme keeps above 4.5:1.
 */
export const STATUS_TAG_COLOR: Record<TaskStatus, string> = {
  assigned: 'default',
  in_progress: 'blue',
  submitted: 'purple',
  done: 'green',
  cancelled: 'default',
};

export const ROLE_ORDER: readonly Role[] = ['admin', 'clerk', 'leader', 'unit_head', 'unit_staff'];

export const ROLE_LABEL: Record<Role, string> = {
  admin: 'Quản trị hệ thống',
  clerk: 'Chuyên viên theo dõi',
  leader: 'Lãnh đạo',
  unit_head: 'Trưởng đơn vị',
  unit_staff: 'Cán bộ đơn vị',
};

export const UNIT_KIND_LABEL: Record<UnitKind, string> = {
  committee: 'Ủy ban nhân dân',
  office: 'Văn phòng',
  department: 'Phòng chuyên môn',
  public_service: 'Đơn vị sự nghiệp',
  preschool: 'Trường mầm non',
  primary_school: 'Trường tiểu học',
  lower_secondary_school: 'Trường trung học cơ sở',
  commune: 'Xã, thị trấn',
  other: 'Khác',
};

/** The list an admin chooses a unit's kind from, in the order the domain lists them. */
export const UNIT_KIND_OPTIONS = UNIT_KINDS.map((kind) => ({ value: kind, label: UNIT_KIND_LABEL[kind] }));

export const RECURRENCE_LABEL: Record<Recurrence, string> = {
  weekly: 'Hằng tuần',
  monthly: 'Hằng tháng',
  quarterly: 'Hằng quý',
  yearly: 'Hằng năm',
};

export const NOTIFICATION_STATUS_LABEL: Record<NotificationStatus, string> = {
  pending: 'Chờ gửi',
  sending: 'Đang gửi',
  sent: 'Đã gửi',
  failed: 'Gửi lỗi',
  skipped: 'Không gửi (việc đã xong hoặc đổi hạn trước giờ gửi)',
};

/**
 * Each kind of mail the worker sends (NOTIFICATION_KINDS in libs/database), named for the event it
 * reports: only the reminders (digests) are "đôn đốc".
 */
const NOTIFICATION_KIND_LABEL: Record<string, string> = {
  digest: 'Đã đôn đốc',
  task_published: 'Đã giao nhiệm vụ',
  extension_requested: 'Đề nghị gia hạn',
  extension_approved: 'Đã duyệt gia hạn',
  extension_rejected: 'Từ chối gia hạn',
  work_submitted: 'Báo cáo hoàn thành',
  work_accepted: 'Chấp nhận kết quả',
  work_returned: 'Trả lại kết quả',
  weekly_summary: 'Tổng hợp tuần',
  task_corrected: 'Đính chính văn bản',
  leader_comment: 'Ý kiến chỉ đạo',
};

export function notificationKindLabel(kind: string): string {
  return NOTIFICATION_KIND_LABEL[kind] ?? 'Thư thông báo';
}

export function isTimeliness(value: unknown): value is Timeliness {
  return typeof value === 'string' && (TIMELINESS_ORDER as readonly string[]).includes(value);
}

export function isTaskStatus(value: unknown): value is TaskStatus {
  return typeof value === 'string' && (STATUS_ORDER as readonly string[]).includes(value);
}
