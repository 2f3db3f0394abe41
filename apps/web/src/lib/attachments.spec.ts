import { describe, expect, it } from '@jest/globals';
import { ACCEPT, ATTACHMENT_HINT, formatFileSize, screenFiles } from './attachments';

const MB = 1024 * 1024;
const file = (name: string, size: number) => ({ name, size });

describe('formatFileSize', () => {
  it.each([
    [0, '0 B'],
    [512, '512 B'],
    [1536, '1,5 KB'],
    [1024 * 1023, '1.023 KB'],
    [20 * MB, '20 MB'],
    [2.25 * MB, '2,3 MB'],
  ])('%d bytes → %s', (bytes, text) => {
    expect(formatFileSize(bytes)).toBe(text);
  });
});

describe('screenFiles', () => {
  it('keeps documents, scans and archives, whatever the case of their extension', () => {
    const files = [file('Báo cáo.PDF', 10), file('ảnh hiện trường.jpg', 10), file('hồ sơ.7z', 10), file('Số liệu.xlsx', 10)];
    expect(screenFiles(files)).toEqual({ accepted: files, problems: [] });
  });

  it('drops programs, pages, files without an extension and empty files, saying which', () => {
    const { accepted, problems } = screenFiles([file('setup.exe', 10), file('trang.html', 10), file('README', 10), file('trống.pdf', 0)]);
    expect(accepted).toEqual([]);
    expect(problems).toEqual([
      expect.stringContaining('"setup.exe"'),
      expect.stringContaining('"trang.html"'),
      expect.stringContaining('"README"'),
      'Tệp "trống.pdf" rỗng.',
    ]);
  });

  it('drops a file over 20 MB and keeps one of exactly 20 MB', () => {
    const { accepted, problems } = screenFiles([file('vừa.pdf', 20 * MB), file('lớn.pdf', 20 * MB + 1)]);
    expect(accepted.map((f) => f.name)).toEqual(['vừa.pdf']);
    expect(problems).toEqual(['Tệp "lớn.pdf" quá lớn (20 MB): tối đa 20 MB mỗi tệp.']);
  });

  it('keeps the first ten files and the first 50 MB, in the order chosen', () => {
    const many = Array.from({ length: 12 }, (_, i) => file(`tệp ${i}.txt`, 1));
    const byCount = screenFiles(many);
    expect(byCount.accepted).toEqual(many.slice(0, 10));
    expect(byCount.problems).toHaveLength(2);

    const bySize = screenFiles([file('a.zip', 18 * MB), file('b.zip', 18 * MB), file('c.zip', 18 * MB), file('d.txt', 1)]);
    expect(bySize.accepted.map((f) => f.name)).toEqual(['a.zip', 'b.zip', 'd.txt']);
    expect(bySize.problems).toEqual([expect.stringContaining('tổng dung lượng tối đa 50 MB')]);
  });

  it('gives the picker and the hint the same rules', () => {
    expect(ACCEPT.split(',')).toContain('.docx');
    expect(ATTACHMENT_HINT).toContain('Tối đa 10 tệp, mỗi tệp 20 MB, tổng 50 MB');
  });
});
