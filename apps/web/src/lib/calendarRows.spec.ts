import { describe, expect, it } from '@jest/globals';
import { calendarRows } from './calendarRows';

describe('calendarRows', () => {
  it('lists the days off and make-up days together, each with where it comes from', () => {
    expect(
      calendarRows({
        daysOff: [
          { date: '2024-09-02', name: 'Quốc khánh' },
          { date: '2024-01-01', name: 'Tết Dương lịch' },
          { date: '2024-04-29', name: 'Nghỉ hoán đổi' },
          { date: '2024-11-20', name: 'Ngày hội địa phương' },
        ],
        days: [
          { date: '2024-01-01', kind: 'day_off', name: 'Tết Dương lịch', origin: 'official' },
          { date: '2024-04-29', kind: 'day_off', name: 'Nghỉ hoán đổi dịp 30/4', origin: 'official' },
          { date: '2024-05-04', kind: 'working_day', name: 'Làm bù cho 29/4', origin: 'official' },
          { date: '2024-11-20', kind: 'day_off', name: 'Ngày hội địa phương', origin: 'admin' },
          { date: '2024-12-28', kind: 'working_day', name: 'Làm bù địa phương', origin: 'admin' },
        ],
      }),
    ).toEqual([
      { date: '2024-01-01', name: 'Tết Dương lịch', kind: 'day_off', origin: 'official' },
      { date: '2024-04-29', name: 'Nghỉ hoán đổi dịp 30/4', kind: 'day_off', origin: 'official' },
      { date: '2024-05-04', name: 'Làm bù cho 29/4', kind: 'working_day', origin: 'official' },
      { date: '2024-09-02', name: 'Quốc khánh', kind: 'day_off', origin: 'rule' },
      { date: '2024-11-20', name: 'Ngày hội địa phương', kind: 'day_off', origin: 'admin' },
      { date: '2024-12-28', name: 'Làm bù địa phương', kind: 'working_day', origin: 'admin' },
    ]);
  });
});
