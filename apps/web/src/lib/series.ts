import type { Recurrence, TaskSeries } from '../api/types';
import { formatDate } from './dates';

const WEEKDAYS = ['thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy', 'Chủ nhật'];
const QUARTERS = ['I', 'II', 'III', 'IV'];

/** When each period's task is due, in words: "ngày 20 hằng tháng", "thứ Sáu hằng tuần", "ngày 31 tháng 3". */
export function dueDayLabel(recurrence: Recurrence, dueDay: number | null, dueMonth: number | null = null): string {
  if (recurrence === 'yearly' && dueMonth !== null) return dueDay === null ? `ngày cuối tháng ${dueMonth}` : `ngày ${dueDay} tháng ${dueMonth}`;
  if (dueDay === null) {
    return { weekly: 'Chủ nhật hằng tuần', monthly: 'ngày cuối tháng', quarterly: 'ngày cuối quý', yearly: 'ngày cuối năm' }[recurrence];
  }
  switch (recurrence) {
    case 'weekly':
      return `${WEEKDAYS[Math.min(dueDay, 7) - 1]} hằng tuần`;
    case 'monthly':
      return `ngày ${dueDay} hằng tháng`;
    case 'quarterly':
      return `ngày ${dueDay} tháng cuối quý`;
    case 'yearly':
      return `ngày ${dueDay} tháng 12`;
  }
}

/** A period as people name it: "Tháng 02/2026", "Quý I/2026", "Năm 2026", "Tuần 02/02 – 08/02/2026". */
export function periodLabel(recurrence: Recurrence, start: string, end: string): string {
  const [year, month] = [start.slice(0, 4), Number(start.slice(5, 7))];
  switch (recurrence) {
    case 'weekly':
      return `Tuần ${formatDate(start).slice(0, 5)} – ${formatDate(end)}`;
    case 'monthly':
      return `Tháng ${String(month).padStart(2, '0')}/${year}`;
    case 'quarterly':
      return `Quý ${QUARTERS[Math.floor((month - 1) / 3)]}/${year}`;
    case 'yearly':
      return `Năm ${year}`;
  }
}

/** Where the series stands: stopped (by whom), reached its end, or when the next period's task comes. */
export function seriesState(series: TaskSeries): string {
  if (series.stoppedAt) return `Đã dừng ngày ${formatDate(series.stoppedAt)}${series.stoppedBy ? ` (${series.stoppedBy.name})` : ''}`;
  if (!series.nextPeriodStart) return 'Đã hết các kỳ';
  return `Kỳ tiếp theo bắt đầu ngày ${formatDate(series.nextPeriodStart)}; nhiệm vụ của kỳ được tạo trước 7 ngày`;
}
