import { formatDate, MailRenderer } from './renderer';
import { isPermanentMailError } from './sender';

const renderer = new MailRenderer();
const line = (over: object = {}) => ({
  id: 't1',
  text: 'Rà soát <b>cơ sở</b> vật chất',
  unitName: 'Phòng Giáo dục và Đào tạo',
  deadline: '2026-12-04',
  daysOverdue: 0,
  link: 'https://dondoc.example/tasks/t1',
  directive: 'Thông báo số 12/TB-UBND ngày 20/11/2026',
  ...over,
});

describe('MailRenderer', () => {
  it('has a subject, HTML and text template for every kind of mail', () => {
    expect(renderer.kinds().sort()).toEqual([
      'digest',
      'extension_approved',
      'extension_rejected',
      'extension_requested',
      'leader_comment',
      'task_corrected',
      'task_published',
      'weekly_summary',
      'work_accepted',
      'work_returned',
      'work_submitted',
    ]);
  });

  it("names each correction of a directive, and a leader's direction word for word", () => {
    const corrected = renderer.render('task_corrected', {
      recipientName: null,
      appUrl: 'x',
      directive: 'Thông báo số 12/TB-UBND ngày 20/11/2026',
      directiveTitle: null,
      changes: ['Số văn bản: (trống) → 12', 'Hạn xử lý: 04/12/2026 → 11/12/2026'],
      reason: 'Văn thư bổ sung số',
      tasks: [line()],
    });
    expect(corrected.subject).toBe('[Đôn đốc] Đính chính Thông báo số 12/TB-UBND ngày 20/11/2026');
    expect(corrected.text).toContain('- Hạn xử lý: 04/12/2026 → 11/12/2026');
    expect(corrected.text).toContain('Lý do: Văn thư bổ sung số');
    expect(corrected.html).toContain('<li>Số văn bản: (trống) → 12</li>');
    expect(corrected.text).toContain('Nhiệm vụ của đơn vị đồng chí sau khi đính chính:');
    const toLeader = renderer.render('task_corrected', {
      recipientName: 'Phạm Việt Hùng',
      appUrl: 'x',
      directive: 'Thông báo số 12/TB-UBND ngày 20/11/2026',
      directiveTitle: null,
      changes: ['Lãnh đạo phụ trách: Trần Văn Bình → Phạm Việt Hùng'],
      reason: null,
      inCharge: true,
      tasks: [line()],
    });
    expect(toLeader.text).toContain('Đồng chí được phân công phụ trách văn bản này; các nhiệm vụ đang thực hiện:');
    expect(toLeader.html).toContain('Đồng chí được phân công phụ trách văn bản này');
    expect(toLeader.text).not.toContain('đơn vị đồng chí');
    const comment = renderer.render('leader_comment', {
      recipientName: 'Vũ Minh Đức',
      appUrl: 'x',
      author: 'Phạm Việt Hùng',
      note: 'Ưu tiên <trường> vùng khó',
      tasks: [line()],
    });
    expect(comment.subject).toBe('[Đôn đốc] Ý kiến chỉ đạo của Phạm Việt Hùng về nhiệm vụ');
    expect(comment.text).toContain('Ưu tiên <trường> vùng khó');
    expect(comment.html).toContain('Ưu tiên &lt;trường&gt; vùng khó');
  });

  it('renders a digest in Vietnamese with dd/MM/yyyy dates, the unit, days overdue and the link; HTML escaped, text not', () => {
    const mail = renderer.render('digest', {
      recipientName: 'Vũ Minh Đức',
      appUrl: 'https://dondoc.example',
      taskCount: 2,
      escalation: false,
      escalatedToLeader: false,
      escalateAfter: 3,
      overdue: [line({ daysOverdue: 4 })],
      dueToday: [],
      dueSoon: [line({ id: 't2', deadline: '2026-12-09' })],
    });
    expect(mail.subject).toBe('[Đôn đốc] 1 nhiệm vụ quá hạn, 1 nhiệm vụ sắp đến hạn');
    expect(mail.text).toContain('Kính gửi Vũ Minh Đức');
    expect(mail.text).toContain('Rà soát <b>cơ sở</b> vật chất');
    expect(mail.text).toContain('04/12/2026 (quá hạn 4 ngày làm việc)');
    expect(mail.text).toContain('https://dondoc.example/tasks/t1');
    expect(mail.html).toContain('Rà soát &lt;b&gt;cơ sở&lt;/b&gt; vật chất');
    expect(mail.html).toContain('<html lang="vi">');
    expect(mail.html).toContain('09/12/2026');
  });

  it('says "đến hạn hôm nay" on the day, and "Báo cáo lãnh đạo" in an escalation', () => {
    const base = { recipientName: null, appUrl: 'x', taskCount: 1, escalatedToLeader: false, escalateAfter: 3, dueSoon: [] };
    expect(renderer.render('digest', { ...base, escalation: false, overdue: [], dueToday: [line()] }).subject).toBe('[Đôn đốc] 1 nhiệm vụ đến hạn hôm nay');
    expect(renderer.render('digest', { ...base, escalation: true, overdue: [line(), line()], dueToday: [] }).subject).toBe(
      '[Đôn đốc] Báo cáo lãnh đạo: 2 nhiệm vụ quá hạn',
    );
  });
});

describe('helpers', () => {
  it('formats dates the Vietnamese way', () => {
    expect(formatDate('2026-01-05')).toBe('05/01/2026');
  });
  it('tells permanent SMTP errors from temporary ones', () => {
    expect(isPermanentMailError({ responseCode: 550 })).toBe(true);
    expect(isPermanentMailError({ responseCode: 421 })).toBe(false);
    expect(isPermanentMailError({ code: 'ECONNECTION' })).toBe(false);
  });
});
