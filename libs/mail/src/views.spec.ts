import { digestView, taskLine, type DigestItem, type TaskLine } from './views';

const base = { recipientName: 'Vũ Minh Đức', appUrl: 'https://dondoc.example' };
const task = (id: string) => ({
  id,
  text: `Nhiệm vụ ${id}`,
  unitName: 'Phòng Giáo dục và Đào tạo',
  deadline: '2026-12-04',
  docType: 'Thông báo',
  number: '12',
  symbol: 'TB-UBND',
  date: '2026-11-20',
});
const lines = new Map<string, TaskLine>(['a', 'b', 'c', 'd'].map((id) => [id, taskLine(task(id), base.appUrl, 0)]));
const item = (taskId: string, kind: string, daysOverdue = 0, track = 'unit'): DigestItem => ({ taskId, kind, track, daysOverdue });

describe('taskLine', () => {
  it("links the task's page and names its document", () => {
    expect(taskLine(task('a'), base.appUrl, 2)).toEqual({
      id: 'a',
      text: 'Nhiệm vụ a',
      unitName: 'Phòng Giáo dục và Đào tạo',
      deadline: '2026-12-04',
      daysOverdue: 2,
      link: 'https://dondoc.example/tasks/a',
      directive: 'Thông báo số 12/TB-UBND ngày 20/11/2026',
    });
  });
});

describe('digestView', () => {
  it('lists each task once, under its most pressing step, the most overdue first', () => {
    const view = digestView(
      base,
      [item('a', 'before'), item('a', 'overdue', 1), item('b', 'due'), item('c', 'before'), item('d', 'escalation', 5), item('d', 'due')],
      lines,
      0,
    );
    expect(view.overdue.map((line) => [line.id, line.daysOverdue])).toEqual([
      ['d', 5],
      ['a', 1],
    ]);
    expect(view.dueToday.map((line) => line.id)).toEqual(['b']);
    expect(view.dueSoon.map((line) => line.id)).toEqual(['c']);
    expect(view.taskCount).toBe(4);
  });

  it('leaves out a task it has no line for', () => {
    expect(digestView(base, [item('gone', 'due')], lines, 0).taskCount).toBe(0);
  });

  it('speaks to a leader of escalated tasks, and tells the unit when its overdue task went up', () => {
    expect(digestView(base, [item('a', 'escalation', 4, 'leader')], lines, 3)).toMatchObject({ escalation: true, escalatedToLeader: false });
    expect(digestView(base, [item('a', 'overdue', 3)], lines, 3)).toMatchObject({ escalation: false, escalatedToLeader: true });
    expect(digestView(base, [item('a', 'overdue', 2)], lines, 3).escalatedToLeader).toBe(false);
    expect(digestView(base, [item('a', 'overdue', 9)], lines, 0).escalatedToLeader).toBe(false);
  });
});
