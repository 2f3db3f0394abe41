import { join } from 'path';
import { WorkingCalendar } from '@dondoc/calendar';
import { parseDirective } from './parse-directive';
import { checkDraft, loadCases } from './testing/expected';
import { SEED_UNITS, seedUnits, UNIT_MODES, unitOptions } from './testing/units';

const ROOT = join(__dirname, '..', '..', '..');
const calendar = new WorkingCalendar();
const units = seedUnits();

describe.each(UNIT_MODES)('with units: %s', (mode) => {
  describe.each([
    ['the An Dương fixture', join(ROOT, 'test', 'fixtures', 'directives')],
    ['the test notices', join(ROOT, 'test', 'fixtures', 'notices')],
  ])('parseDirective on %s', (_label, dir) => {
    const cases = loadCases(dir);
    it('has cases', () => expect(cases.length).toBeGreaterThan(0));
    it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
      const draft = parseDirective(c.text, {
        ...unitOptions(mode),
        calendar,
        today: c.expected.options?.today ?? '2023-09-26',
        fallbackDate: c.expected.options?.fallbackDate,
      });
      checkDraft(draft, c.expected, c.text, mode);
    });
  });
});

describe('the fixture notice in detail', () => {
  const [fixture] = loadCases(join(ROOT, 'test', 'fixtures', 'directives'));
  // The folder holds the fixture notice; without it every test below fails.
  const source = fixture?.text ?? '';
  const draft = parseDirective(source, { units, calendar, today: '2023-09-26' });

  it('has 5 assignments and 15 tasks', () => {
    expect(draft.assignments).toHaveLength(5);
    expect(draft.assignments.flatMap((a) => a.tasks)).toHaveLength(15);
  });

  it('resolves the schools as a group of every preschool, primary and lower secondary school', () => {
    const schools = SEED_UNITS.filter((u) => ['preschool', 'primary_school', 'lower_secondary_school'].includes(u.kind)).map((u) => u.id);
    expect([...(draft.assignments[4]?.unitIds ?? [])].sort()).toEqual(schools.sort());
  });

  it('joins the task split by a page break and keeps nothing from the closing', () => {
    const text = draft.assignments.flatMap((a) => a.tasks.map((t) => t.text)).join('\n');
    expect(draft.assignments[0]?.tasks[3]?.text).toContain('khai thác, chia sẻ dữ liệu');
    expect(text).not.toContain('Thừa lệnh');
    expect(text).not.toContain('Nơi nhận');
    expect(text).not.toContain('đánh giá cao kết quả');
  });

  it('points every range into the original text', () => {
    expect(source.slice(draft.ranges.title!.start, draft.ranges.title!.end)).toContain('Kết luận của đồng chí');
    expect(source.slice(draft.ranges.signer!.start, draft.ranges.signer!.end)).toBe('Trương Văn Thiết');
    expect(source.slice(draft.ranges.date!.start, draft.ranges.date!.end)).toBe('An Dương, ngày tháng 9 năm 2023');
    expect(source.slice(draft.ranges.number!.start, draft.ranges.number!.end)).toBe('Số: /TB-UBND');
    const task = draft.assignments[2]?.tasks[0];
    expect(task).toBeDefined();
    expect(source.slice(task!.range.start, task!.range.end)).toBe(task!.text);
    expect(source.slice(task!.deadlineRange!.start, task!.deadlineRange!.end)).toBe('thời gian hoàn thành trong tháng 10 năm 2023');
  });

  it('is plain JSON, the body POST /api/directives accepts', () => {
    expect(JSON.parse(JSON.stringify(draft))).toEqual(draft);
  });

  it('reads the same when pasted with Windows line breaks and decomposed accents', () => {
    const variant = source.replace(/\n/g, '\r\n').normalize('NFD');
    const other = parseDirective(variant, { units, calendar, today: '2023-09-26' });
    expect(other.assignments.map((a) => a.tasks.map((t) => t.text))).toEqual(draft.assignments.map((a) => a.tasks.map((t) => t.text.normalize('NFC'))));
    const deadlineRange = other.assignments[2]?.tasks[0]?.deadlineRange;
    expect(deadlineRange).toBeDefined();
    expect(variant.slice(deadlineRange!.start, deadlineRange!.end).normalize('NFC')).toBe('thời gian hoàn thành trong tháng 10 năm 2023');
  });
});
