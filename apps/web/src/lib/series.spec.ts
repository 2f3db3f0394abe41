import { describe, expect, it } from '@jest/globals';
import type { TaskSeries } from '../api/types';
import { dueDayLabel, periodLabel, seriesState } from './series';

describe('series labels', () => {
  it('names the due day of each kind of period', () => {
    expect(dueDayLabel('monthly', 20)).toBe('ngày 20 hằng tháng');
    expect(dueDayLabel('weekly', 5)).toBe('thứ Sáu hằng tuần');
    expect(dueDayLabel('quarterly', 20)).toBe('ngày 20 tháng cuối quý');
    expect(dueDayLabel('monthly', null)).toBe('ngày cuối tháng');
    expect(dueDayLabel('yearly', 31, 3)).toBe('ngày 31 tháng 3');
    expect(dueDayLabel('yearly', 15)).toBe('ngày 15 tháng 12');
    expect(dueDayLabel('yearly', null, 6)).toBe('ngày cuối tháng 6');
  });

  it('names periods as people do', () => {
    expect(periodLabel('monthly', '2026-02-01', '2026-02-28')).toBe('Tháng 02/2026');
    expect(periodLabel('quarterly', '2026-10-01', '2026-12-31')).toBe('Quý IV/2026');
    expect(periodLabel('yearly', '2026-01-01', '2026-12-31')).toBe('Năm 2026');
    expect(periodLabel('weekly', '2026-02-02', '2026-02-08')).toBe('Tuần 02/02 – 08/02/2026');
  });

  it('says where the series stands', () => {
    const series: TaskSeries = {
      id: 's',
      recurrence: 'monthly',
      dueDay: 20,
      dueMonth: null,
      endsOn: null,
      nextPeriodStart: '2026-03-01',
      stoppedAt: null,
      stoppedBy: null,
      instances: [],
    };
    expect(seriesState(series)).toMatch(/^Kỳ tiếp theo bắt đầu ngày 01\/03\/2026/);
    expect(seriesState({ ...series, nextPeriodStart: null })).toBe('Đã hết các kỳ');
    expect(seriesState({ ...series, stoppedAt: '2026-02-10T03:00:00Z', stoppedBy: { id: 'u', name: 'Nguyễn Văn A' } })).toBe(
      'Đã dừng ngày 10/02/2026 (Nguyễn Văn A)',
    );
  });
});
