import { parseCalendarTable } from './calendar-table';

describe('an announced year pasted as a table', () => {
  it('reads single days, spans of weekdays off and make-up Saturdays', () => {
    const { days, problems } = parseCalendarTable(
      [
        'Ngày\tTên',
        '01/01/2024\tTết Dương lịch',
        '08/02/2024 - 14/02/2024\tTết Nguyên đán',
        '2024-04-29; Nghỉ hoán đổi dịp 30/4',
        '04/05/2024 | Làm bù cho ngày 29/4',
      ].join('\n'),
      2024,
    );
    expect(problems).toEqual([]);
    expect(days).toEqual([
      { date: '2024-01-01', kind: 'day_off', name: 'Tết Dương lịch' },
      { date: '2024-02-08', kind: 'day_off', name: 'Tết Nguyên đán' },
      { date: '2024-02-09', kind: 'day_off', name: 'Tết Nguyên đán' },
      { date: '2024-02-12', kind: 'day_off', name: 'Tết Nguyên đán' },
      { date: '2024-02-13', kind: 'day_off', name: 'Tết Nguyên đán' },
      { date: '2024-02-14', kind: 'day_off', name: 'Tết Nguyên đán' },
      { date: '2024-04-29', kind: 'day_off', name: 'Nghỉ hoán đổi dịp 30/4' },
      { date: '2024-05-04', kind: 'working_day', name: 'Làm bù cho ngày 29/4' },
    ]);
  });

  it('names each line it cannot take, in Vietnamese', () => {
    const { problems } = parseCalendarTable(
      [
        '01/01/2024\tTết Dương lịch',
        'không phải một ngày',
        '31/02/2024\tNgày không có',
        '02/01/2025\tNăm khác',
        '03/01/2024',
        '06/05/2024\tLàm bù thứ Hai',
        '04/02/2024 - 02/02/2024\tNgược',
      ].join('\n'),
      2024,
    );
    expect(problems).toEqual([
      'Dòng 2: không thấy ngày (dd/mm/yyyy) ở đầu dòng',
      'Dòng 3: ngày không có thật',
      'Dòng 4: ngày không thuộc năm 2024',
      'Dòng 5: thiếu tên ngày nghỉ hoặc ngày làm bù',
      'Dòng 6: ngày làm bù phải là thứ Bảy hoặc Chủ nhật',
      'Dòng 7: ngày kết thúc trước ngày bắt đầu',
    ]);
  });
});
