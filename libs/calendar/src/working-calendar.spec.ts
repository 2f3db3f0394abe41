import { WorkingCalendar, nationalDayCompanion } from './working-calendar';

describe('WorkingCalendar', () => {
  const cal = new WorkingCalendar();

  it('treats weekends as days off', () => {
    expect(cal.isWorkingDay('2023-09-23')).toBe(false);
    expect(cal.isWorkingDay('2023-09-24')).toBe(false);
    expect(cal.isWorkingDay('2023-09-25')).toBe(true);
    expect(cal.holidayName('2023-09-23')).toBeNull();
  });

  it('knows the statutory holidays by name', () => {
    expect(cal.holidayName('2024-01-01')).toBe('Tết Dương lịch');
    expect(cal.holidayName('2024-02-09')).toBe('Tết Nguyên Đán');
    expect(cal.holidayName('2024-02-10')).toBe('Tết Nguyên Đán');
    expect(cal.holidayName('2024-02-13')).toBe('Tết Nguyên Đán');
    expect(cal.holidayName('2024-04-18')).toBe('Giỗ Tổ Hùng Vương');
    expect(cal.holidayName('2025-04-07')).toBe('Giỗ Tổ Hùng Vương');
    expect(cal.holidayName('2024-04-30')).toBe('Ngày Giải phóng miền Nam');
    expect(cal.holidayName('2024-05-01')).toBe('Quốc tế Lao động');
    expect(cal.holidayName('2024-09-02')).toBe('Quốc khánh');
    expect(cal.isWorkingDay('2024-04-18')).toBe(false);
  });

  it('gives a compensatory day for a holiday on a weekend', () => {
    // 1 May 2021 was a Saturday: 3 May was off.
    expect(cal.holidayName('2021-05-03')).toBe('Nghỉ bù Quốc tế Lao động');
    expect(cal.isWorkingDay('2021-05-03')).toBe(false);
    expect(cal.isWorkingDay('2021-05-04')).toBe(true);
    // Tết 2024 (Sat 10 Feb): two weekend Tết days, so 14 and 15 Feb are off too.
    expect(cal.holidayName('2024-02-14')).toBe('Nghỉ bù Tết Nguyên Đán');
    expect(cal.holidayName('2024-02-15')).toBe('Nghỉ bù Tết Nguyên Đán');
    expect(cal.isWorkingDay('2024-02-16')).toBe(true);
    // 30/4 and 1/5 2022 (Sat, Sun) push their compensatory days past each other.
    expect(cal.holidayName('2022-05-02')).toBe('Nghỉ bù Ngày Giải phóng miền Nam');
    expect(cal.holidayName('2022-05-03')).toBe('Nghỉ bù Quốc tế Lao động');
  });

  it('pairs 2 September with the neighbour that joins a weekend', () => {
    expect(nationalDayCompanion(2021)).toBe('2021-09-03');
    expect(nationalDayCompanion(2022)).toBe('2022-09-01');
    expect(nationalDayCompanion(2023)).toBe('2023-09-01');
    expect(nationalDayCompanion(2024)).toBe('2024-09-03');
    expect(nationalDayCompanion(2025)).toBe('2025-09-01');
    expect(cal.holidayName('2023-09-04')).toBe('Nghỉ bù Quốc khánh');
  });

  it('lists a year of holidays in order', () => {
    const days = cal.holidays(2025);
    expect(days.map((d) => d.date)).toEqual([...days.map((d) => d.date)].sort());
    expect(days).toContainEqual({ date: '2025-01-28', name: 'Tết Nguyên Đán' });
    expect(days).toContainEqual({ date: '2025-02-01', name: 'Tết Nguyên Đán' });
    expect(days.filter((d) => d.name === 'Tết Nguyên Đán')).toHaveLength(5);
  });

  it('applies overrides: added days off and swapped working days', () => {
    const custom = new WorkingCalendar({
      daysOff: [
        { date: '2025-01-27', name: 'Tết Nguyên Đán (theo thông báo)' },
        { date: '2025-05-02', name: 'Nghỉ hoán đổi' },
      ],
      workingDays: ['2025-04-26', '2025-02-01'],
    });
    expect(custom.isWorkingDay('2025-01-27')).toBe(false);
    expect(custom.holidayName('2025-01-27')).toBe('Tết Nguyên Đán (theo thông báo)');
    expect(custom.isWorkingDay('2025-05-02')).toBe(false);
    expect(custom.isWorkingDay('2025-04-26')).toBe(true);
    expect(custom.isWorkingDay('2025-02-01')).toBe(true);
    expect(custom.holidayName('2025-02-01')).toBeNull();
    expect(custom.holidays(2025).map((d) => d.date)).toContain('2025-05-02');
    expect(custom.holidays(2025).map((d) => d.date)).not.toContain('2025-02-01');
    expect(() => new WorkingCalendar({ daysOff: [{ date: '2025-13-01', name: 'x' }], workingDays: [] })).toThrow(RangeError);
  });

  it('adds working days across Tết', () => {
    // From Friday 2 Feb 2024: 5-8 Feb work, 9-15 Feb off (eve, Tết, two compensatory days).
    expect(cal.addWorkingDays('2024-02-02', 1)).toBe('2024-02-05');
    expect(cal.addWorkingDays('2024-02-02', 4)).toBe('2024-02-08');
    expect(cal.addWorkingDays('2024-02-02', 5)).toBe('2024-02-16');
    expect(cal.addWorkingDays('2024-02-16', -1)).toBe('2024-02-08');
    expect(cal.addWorkingDays('2024-02-10', 0)).toBe('2024-02-10');
    expect(cal.nextWorkingDay('2024-02-09')).toBe('2024-02-16');
    expect(cal.nextWorkingDay('2023-09-22')).toBe('2023-09-25');
  });

  it('counts working days in (from, to] with a sign', () => {
    expect(cal.workingDaysBetween('2023-09-25', '2023-09-25')).toBe(0);
    expect(cal.workingDaysBetween('2023-09-22', '2023-09-25')).toBe(1);
    expect(cal.workingDaysBetween('2023-09-25', '2023-09-22')).toBe(-1);
    expect(cal.workingDaysBetween('2024-02-02', '2024-02-16')).toBe(5);
    expect(cal.workingDaysBetween('2024-02-16', '2024-02-02')).toBe(-5);
  });

  it('agrees between addWorkingDays and workingDaysBetween', () => {
    for (const n of [1, 5, 10, 22, 60]) {
      const d = cal.addWorkingDays('2024-01-25', n);
      expect(cal.workingDaysBetween('2024-01-25', d)).toBe(n);
    }
  });
});
