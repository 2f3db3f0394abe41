import { WorkingCalendar } from '@dondoc/calendar';
import { DeadlineContext, findDeadline, findRecurrence, recurrenceDay, recurrenceMonth, seriesEnd } from './deadlines';

const ctx: DeadlineContext = { baseDate: '2023-09-25', year: 2023, month: 9, exact: true, calendar: new WorkingCalendar() };

function deadline(text: string) {
  const d = findDeadline(text, ctx, findRecurrence(text));
  return d && { date: d.deadline, text: d.text };
}

describe('deadlines', () => {
  it.each([
    ['hoàn thành trước ngày 30/11/2023.', '2023-11-30', 'hoàn thành trước ngày 30/11/2023'],
    ['báo cáo ngày 30 tháng 11 năm 2023', '2023-11-30', 'ngày 30 tháng 11 năm 2023'],
    ['gửi chậm nhất ngày 12/8/2024', '2024-08-12', 'chậm nhất ngày 12/8/2024'],
    ['gửi trước 16 giờ ngày 03/6/2024', '2024-06-03', 'trước 16 giờ ngày 03/6/2024'],
    ['hoàn thành trong tháng 10 năm 2023', '2023-10-31', 'hoàn thành trong tháng 10 năm 2023'],
    ['trong tháng 7/2024', '2024-07-31', 'trong tháng 7/2024'],
    ['trong quý IV/2023', '2023-12-31', 'trong quý IV/2023'],
    ['hoàn thành trong quý 4 năm 2023', '2023-12-31', 'hoàn thành trong quý 4 năm 2023'],
    ['trước ngày 15/12', '2023-12-15', 'trước ngày 15/12'],
    ['trước ngày 05-11', '2023-11-05', 'trước ngày 05-11'],
    ['trước ngày 15/1', '2024-01-15', 'trước ngày 15/1'],
    ['trong năm 2024', '2024-12-31', 'trong năm 2024'],
    ['trong 6 tháng cuối năm 2024', '2024-12-31', 'trong 6 tháng cuối năm 2024'],
    ['trong 15 ngày', '2023-10-10', 'trong 15 ngày'],
    ['trong 10 ngày làm việc kể từ ngày ký', '2023-10-09', 'trong 10 ngày làm việc kể từ ngày ký'],
    ['trước tháng 10/2023', '2023-09-30', 'trước tháng 10/2023'],
    ['báo cáo sơ bộ trước ngày 15/10/2023, hoàn thành trước ngày 30/11/2023', '2023-11-30', 'hoàn thành trước ngày 30/11/2023'],
  ])('reads "%s"', (text, date, phrase) => {
    expect(deadline(text)).toEqual({ date, text: phrase });
  });

  it.each([
    ['bảo đảm an ninh dịp lễ 30/4'],
    ['theo Kế hoạch số 12/KH-UBND ngày 05/3/2023 của UBND tỉnh'],
    ['giải quyết trong 03 ngày làm việc kể từ khi nhận đủ hồ sơ'],
    ['tổ chức trong năm học 2023-2024'],
    ['từ ngày 01/10/2023'],
    ['thường xuyên cập nhật dữ liệu'],
    ['kết quả 9 tháng năm 2023'],
  ])('finds no deadline in "%s"', (text) => {
    expect(deadline(text)).toBeNull();
  });

  it("keeps a standing task's phrase without a date", () => {
    expect(deadline('Kiểm tra an toàn; thời gian: thường xuyên.')).toEqual({ date: null, text: 'thời gian: thường xuyên' });
  });

  it.each([
    ['báo cáo tuần, tháng, quý, năm', 'weekly', 'báo cáo tuần, tháng, quý, năm'],
    ['trước ngày 20 hằng tháng', 'monthly', 'trước ngày 20 hằng tháng'],
    ['định kỳ hằng quý', 'quarterly', 'định kỳ hằng quý'],
    ['báo cáo định kỳ 6 tháng, năm', 'yearly', 'báo cáo định kỳ 6 tháng, năm'],
    ['trước ngày 15/12 hằng năm', 'yearly', 'trước ngày 15/12 hằng năm'],
  ])('reads the recurrence "%s"', (text, recurrence, phrase) => {
    expect(findRecurrence(text)).toMatchObject({ recurrence, text: phrase });
    expect(deadline(text)?.date ?? null).toBeNull();
  });

  it('takes no recurrence from "như hằng năm" or a bare "hằng năm"', () => {
    expect(findRecurrence('tổ chức như hằng năm')).toBeNull();
    expect(findRecurrence('đánh giá viên chức hàng năm theo quy định')).toBeNull();
    expect(findRecurrence('báo cáo tháng 10/2023')).toBeNull();
  });
});

describe('deadlines a calendar reads from an occasion', () => {
  const ctx: DeadlineContext = { baseDate: '2023-10-02', year: 2023, month: 10, exact: true, calendar: new WorkingCalendar() };

  it('reads "trước Tết Nguyên đán" as the eve of the next lunar new year', () => {
    // Tết Giáp Thìn fell on 10/02/2024: the notice of 02/10/2023 means 09/02/2024.
    expect(findDeadline('Hoàn thành chi trả trợ cấp trước Tết Nguyên đán.', ctx, null)).toMatchObject({ deadline: '2024-02-09', text: 'trước Tết Nguyên đán' });
    expect(findDeadline('Hoàn thành trước Tết Nguyên đán Ất Tỵ năm 2025.', ctx, null)?.deadline).toBe('2025-01-28');
  });

  it('keeps "trước khi khai giảng năm học" as a phrase with no date', () => {
    expect(findDeadline('Sửa chữa phòng học trước khi khai giảng năm học mới.', ctx, null)).toMatchObject({
      deadline: null,
      text: 'trước khi khai giảng năm học mới',
    });
  });
});

describe('horizons that are no deadline', () => {
  it('reads "tầm nhìn đến năm 2050" as no deadline, and keeps the real one beside it', () => {
    expect(
      findDeadline('Xây dựng quy hoạch hạ tầng số giai đoạn 2021 - 2030, tầm nhìn đến năm 2050, trình UBND tỉnh trong quý IV/2023.', ctx, null)?.deadline,
    ).toBe('2023-12-31');
    expect(findDeadline('Thực hiện chiến lược phát triển, tầm nhìn đến năm 2045.', ctx, null)).toBeNull();
  });
});

describe('deadlines as plans and reports write them', () => {
  it('reads "Quí" as "Quý"', () => {
    expect(findDeadline('Hoàn thành trong Quí IV-2025.', ctx, null)?.deadline).toBe('2025-12-31');
  });

  it('takes "trước ngày 01/6 và 15/11 hằng năm" for a yearly report, not a date', () => {
    const text = 'Định kỳ trước ngày 01/6 và 15/11 hằng năm báo cáo kết quả thực hiện.';
    const recurrence = findRecurrence(text);
    expect(recurrence?.recurrence).toBe('yearly');
    expect(findDeadline(text, ctx, recurrence)?.deadline ?? null).toBeNull();
  });

  it('takes a year far beyond the document for a horizon', () => {
    expect(findDeadline('Lập đồ án điều chỉnh quy hoạch chung đến năm 2045.', ctx, null)).toBeNull();
  });

  it('needs a cue for a date when the document gives no date of its own', () => {
    const undated: DeadlineContext = { ...ctx, exact: false };
    expect(findDeadline('Xử lý lấn chiếm được phản ánh trên báo ngày 30-11-2010.', undated, null)).toBeNull();
    expect(findDeadline('Xử lý xong chậm nhất là ngày 10-2-2011.', undated, null)?.deadline).toBe('2011-02-10');
  });
});

describe('what a plan’s table and its body write beside a deadline', () => {
  it('takes the end of a range of quarters, a month of every year as recurring, a plan’s own year as no deadline', () => {
    expect(findDeadline('hoàn thành Quý IV/2025 - Quý II/2026', ctx, null)?.deadline).toBe('2026-06-30');
    expect(findRecurrence('Tháng 12 hằng năm')?.recurrence).toBe('yearly');
    expect(
      findDeadline(
        'Rà soát, đánh giá hiện trạng hạ tầng trong các khu công nghiệp, cụm công nghiệp điều chỉnh, bổ sung quy hoạch hạ tầng viễn thông trong các khu công nghiệp đến năm 2025.',
        ctx,
        null,
      ),
    ).toBeNull();
    expect(findDeadline('Xây dựng kế hoạch số hóa, hoàn thành đến năm 2024.', ctx, null)?.deadline).toBe('2024-12-31');
  });
});

describe('a recurring duty’s due day and end', () => {
  const dayOf = (text: string) => {
    const found = findRecurrence(text);
    return found ? recurrenceDay(text, found) : undefined;
  };

  it.each([
    ['Báo cáo định kỳ hằng tháng trước ngày 20.', 20],
    ['Gửi số liệu trước ngày 25 hằng tháng.', 25],
    ['Báo cáo định kỳ hằng quý, trước ngày 15.', 15],
    ['Báo cáo tuần vào thứ Sáu hằng tuần.', 5],
    ['Tổng hợp vào chủ nhật hằng tuần.', 7],
    ['Báo cáo trước ngày 15/12 hằng năm.', 15],
    ['Báo cáo trước ngày 15/6 hằng năm.', 15],
    ['Báo cáo năm trước ngày 31/3 hằng năm.', 31],
    ['Định kỳ hằng tháng báo cáo kết quả.', null],
  ])('reads the due day of "%s"', (text, day) => {
    expect(dayOf(text)).toBe(day);
  });

  it.each([
    ['Báo cáo trước ngày 15/12 hằng năm.', 12],
    ['Báo cáo trước ngày 31/3 hằng năm.', 3],
    ['Báo cáo hằng năm trước ngày 15/6.', 6],
    ['Báo cáo định kỳ hằng năm.', null],
    ['Gửi số liệu trước ngày 25/6 hằng tháng.', null],
  ])('reads the month of a yearly due day in "%s"', (text, month) => {
    const found = findRecurrence(text);
    expect(found && recurrenceMonth(text, found)).toBe(month);
  });

  it.each([
    ['Báo cáo hằng tháng trước ngày 20, đến hết năm 2025.', '2025-12-31'],
    ['Báo cáo hằng quý đến hết tháng 6/2026.', '2026-06-30'],
    ['Báo cáo hằng tuần đến ngày 15/8/2025.', '2025-08-15'],
    ['Báo cáo hằng tháng trước ngày 20.', null],
  ])('reads when the series of "%s" ends', (text, end) => {
    expect(seriesEnd(text)).toBe(end);
  });
});

describe('deadlines given with the part of the day, or as a span of days', () => {
  it('reads "vào sáng ngày 15/5/2019" and "trong 03 ngày từ ngày 13 đến hết ngày 15 tháng 5 năm 2019"', () => {
    expect(deadline('tiếp âm phiên khai mạc vào sáng ngày 15/5/2019.')).toEqual({ date: '2019-05-15', text: 'vào sáng ngày 15/5/2019' });
    expect(deadline('treo cờ trong 03 ngày từ ngày 13 đến hết ngày 15 tháng 5 năm 2019.')?.date).toBe('2019-05-15');
  });
});
