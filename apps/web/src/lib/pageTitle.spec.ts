import { describe, expect, it } from '@jest/globals';
import { pageTitle, titleSubject } from './pageTitle';

describe('pageTitle', () => {
  it('names the screen before the app, leaving out blank parts', () => {
    expect(pageTitle('Nhiệm vụ')).toBe('Nhiệm vụ — Đôn đốc');
    expect(pageTitle('Người dùng', 'Quản trị')).toBe('Người dùng — Quản trị — Đôn đốc');
    expect(pageTitle(null, ' ', 'Văn bản chỉ đạo')).toBe('Văn bản chỉ đạo — Đôn đốc');
    expect(pageTitle()).toBe('Đôn đốc');
  });
});

describe('titleSubject', () => {
  it('keeps a short text whole, on one line', () => {
    expect(titleSubject('Rà soát  đội ngũ\ngiáo viên')).toBe('Rà soát đội ngũ giáo viên');
  });

  it('cuts a long text at a word and marks the cut', () => {
    const text = 'Chủ trì, phối hợp với các đơn vị liên quan xây dựng kế hoạch tuyển dụng giáo viên năm học 2023-2024, báo cáo UBND huyện';
    const subject = titleSubject(text);
    expect(subject.endsWith('…')).toBe(true);
    expect(subject.length).toBeLessThanOrEqual(61);
    expect(text.startsWith(subject.slice(0, -1))).toBe(true);
    expect(text[subject.length - 1]).toMatch(/[\s,]/);
  });

  it('cuts a text without spaces where it must', () => {
    expect(titleSubject('x'.repeat(100))).toBe(`${'x'.repeat(60)}…`);
  });
});
