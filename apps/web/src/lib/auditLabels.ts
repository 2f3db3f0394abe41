/** What an audit entry's action means, in the words of the screens; an unknown action shows as it is. */
const ACTION_LABEL: Record<string, string> = {
  'task.report': 'Báo cáo tiến độ',
  'task.start': 'Bắt đầu thực hiện',
  'task.submit': 'Báo cáo hoàn thành',
  'task.accept': 'Chấp nhận kết quả',
  'task.return': 'Trả lại kết quả',
  'task.cancel': 'Hủy nhiệm vụ',
  'task.request_extension': 'Đề nghị gia hạn',
  'task.decide_extension': 'Quyết định gia hạn',
  'task.note': 'Ghi ý kiến',
  'task.attach': 'Đính kèm tệp',
  'attachment.upload': 'Tải tệp lên',
  'directive.create': 'Tạo văn bản',
  'directive.update': 'Sửa văn bản',
  'directive.publish': 'Ban hành văn bản',
  'directive.delete': 'Xóa bản nháp',
  'series.stop': 'Dừng nhiệm vụ định kỳ',
  'unit.create': 'Thêm đơn vị',
  'unit.update': 'Sửa đơn vị',
  'user.create': 'Thêm người dùng',
  'user.update': 'Sửa người dùng',
  'calendar.set': 'Thêm ngày vào lịch',
  'calendar.remove': 'Xóa ngày khỏi lịch',
  'calendar.import': 'Nhập lịch nghỉ chính thức',
  'reminder_policy.update': 'Sửa chính sách nhắc việc',
  'notification.resend': 'Gửi lại thư',
};

export function auditActionLabel(action: string): string {
  return ACTION_LABEL[action] ?? action;
}

/** The kinds of record an admin can filter the log by. */
export const AUDIT_ENTITIES: { value: string; label: string }[] = [
  { value: 'task', label: 'Nhiệm vụ' },
  { value: 'directive', label: 'Văn bản' },
  { value: 'task_series', label: 'Nhiệm vụ định kỳ' },
  { value: 'unit', label: 'Đơn vị' },
  { value: 'user', label: 'Người dùng' },
  { value: 'calendar_day', label: 'Ngày trong lịch' },
  { value: 'calendar_year', label: 'Lịch nghỉ của năm' },
  { value: 'reminder_policy', label: 'Chính sách nhắc việc' },
  { value: 'attachment', label: 'Tệp đính kèm' },
  { value: 'notification', label: 'Thư' },
];

// Kept by the database on every write: no one changed them.
const BOOKKEEPING = new Set(['createdAt', 'updatedAt', 'version']);

/** The fields a change set: the ones recorded after it whose value differs from before (all of them for a new record). */
export function changedFields(before: object | null, after: object | null): string[] {
  const beforeFields = (before ?? {}) as Record<string, unknown>;
  const afterFields = (after ?? {}) as Record<string, unknown>;
  return Object.keys(afterFields)
    .filter((k) => !BOOKKEEPING.has(k) && (before === null || JSON.stringify(beforeFields[k]) !== JSON.stringify(afterFields[k])))
    .sort();
}
