import { WorkingCalendar } from '@dondoc/calendar';
import { REASONS } from './doubts';
import { parseDirective } from './parse-directive';
import { seedUnits } from './testing/units';

const text = `Số: 12/TB-UBND
An Dương, ngày 05 tháng 3 năm 2024

THÔNG BÁO
Kết luận của Chủ tịch UBND huyện

1. Giao Phòng Nội vụ rà soát biên chế các đơn vị sự nghiệp, báo cáo trước ngày 30/3/2024.
2. Giao Sở Xây dựng hướng dẫn cấp phép xây dựng nhà ở riêng lẻ cho các xã.
3. Giao Phòng Tài chính - Kế hoạch kiểm tra thu chi ngân sách các xã; thời gian thực hiện: thường xuyên.
4. Giao các đơn vị liên quan phối hợp triển khai.`;

describe('the parser’s doubts', () => {
  const draft = parseDirective(text, { units: seedUnits(), calendar: new WorkingCalendar(), today: '2024-03-05' });
  const byUnit = (name: string) => draft.assignments.find((a) => a.unitText === name)!;

  it('is sure of a unit it resolved and a task with a deadline', () => {
    const a = byUnit('Phòng Nội vụ');
    expect(a).toMatchObject({ confidence: 1, reasons: [] });
    expect(a.tasks[0]).toMatchObject({ deadline: '2024-03-30', confidence: 1, reasons: [] });
  });

  it('says why it doubts a unit not in the list and a task with no deadline', () => {
    const a = byUnit('Sở Xây dựng');
    expect(a.reasons).toEqual([REASONS.unknownUnit]);
    expect(a.confidence).toBeLessThan(1);
    expect(a.tasks[0]?.reasons).toEqual([REASONS.noDeadline]);
  });

  it('does not doubt a standing duty for having no date, but doubts a group it cannot fill', () => {
    expect(byUnit('Phòng Tài chính - Kế hoạch').tasks[0]).toMatchObject({ deadline: null, reasons: [] });
    expect(byUnit('các đơn vị liên quan').reasons).toEqual([REASONS.vagueGroup]);
  });
});
