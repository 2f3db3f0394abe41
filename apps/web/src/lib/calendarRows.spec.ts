import { describe, expect, it } from '@jest/globals';
import { calendarRows } from './calendarRows';

describe('calendarRows', () => {
  it('lists statutory and admin days together, marking what an admin may remove', () => {
    expect(
      calendarRows({
        daysOff: [
          { date: '2024-09-02', name: 'Quốc khánh' },
          { date: '2024-01-01', name: 'Tết Dương lịch' },
          { date: '2024-04-29', name: 'Nghỉ hoán đổi' },
        ],
        adminDays: [
          { date: '2024-04-29', kind: 'day_off', name: 'Nghỉ hoán đổi' },
          { date: '2024-05-04', kind: 'working_day', name: 'Làm bù cho 29/4' },
        ],
      }),
    ).toEqual([
      { date: '2024-01-01', name: 'Tết Dương lịch', kind: 'day_off', adminSet: false },
      { date: '2024-04-29', name: 'Nghỉ hoán đổi', kind: 'day_off', adminSet: true },
      { date: '2024-05-04', name: 'Làm bù cho 29/4', kind: 'working_day', adminSet: true },
      { date: '2024-09-02', name: 'Quốc khánh', kind: 'day_off', adminSet: false },
    ]);
  });
});
