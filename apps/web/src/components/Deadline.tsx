import Typography from 'antd/es/typography';
import type { Task } from '../api/types';
import { formatDate } from '../lib/dates';
import { RECURRENCE_LABEL } from '../lib/labels';
import { periodLabel } from '../lib/series';

type DeadlineFields = Pick<
  Task,
  'deadline' | 'statedDeadline' | 'originalDeadline' | 'deadlineText' | 'recurrence' | 'extensionCount' | 'periodStart' | 'periodEnd'
>;

/**
 * The deadline in force, with the date the document gave when that fell on a day off (the deadline
 * is then the next working day), and the original one kept in sight once an extension moved it.
 */
export function Deadline({ task, showText = false }: { task: DeadlineFields; showText?: boolean }) {
  if (!task.deadline) {
    return (
      <Typography.Text type="secondary">
        {task.recurrence ? RECURRENCE_LABEL[task.recurrence] : 'Không thời hạn'}
        {showText && task.deadlineText ? ` (${task.deadlineText})` : ''}
      </Typography.Text>
    );
  }
  const stated = task.statedDeadline ?? task.deadline;
  const onDayOff = stated !== task.deadline;
  const moved = !!task.originalDeadline && task.originalDeadline !== stated;
  return (
    <span>
      {/* The browser's own tooltip: an antd Tooltip in each of 50 list rows took a third of the list's script time. */}
      <span title={task.deadlineText || undefined}>{formatDate(task.deadline)}</span>
      {task.recurrence && task.periodStart && task.periodEnd && (
        <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
          {periodLabel(task.recurrence, task.periodStart, task.periodEnd)} ({RECURRENCE_LABEL[task.recurrence].toLowerCase()})
        </Typography.Text>
      )}
      {onDayOff && (
        <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
          Văn bản ghi {formatDate(stated)}, ngày nghỉ: hạn là ngày làm việc tiếp theo
        </Typography.Text>
      )}
      {moved && (
        <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
          Hạn ban đầu: <del>{formatDate(task.originalDeadline)}</del>
          {task.extensionCount > 0 ? ` · gia hạn ${task.extensionCount} lần` : ''}
        </Typography.Text>
      )}
      {showText && task.deadlineText && (
        <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
          “{task.deadlineText}”
        </Typography.Text>
      )}
    </span>
  );
}
