import { contentDisposition } from './content-disposition';

describe('contentDisposition', () => {
  it('gives a Vietnamese name in UTF-8 and an ASCII spelling of it', () => {
    expect(contentDisposition('Báo cáo Đợt 1.pdf')).toBe(
      `attachment; filename="Bao cao Dot 1.pdf"; filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20%C4%90%E1%BB%A3t%201.pdf`,
    );
  });

  it('decodes back to the very name, whatever it holds', () => {
    const name = `Kế hoạch (bản 2) 'mới' *final* 50%;x=1.docx`;
    const [, encoded = ''] = /filename\*=UTF-8''(.+)$/.exec(contentDisposition(name))!;
    expect(encoded).toMatch(/^[A-Za-z0-9!#$&+\-.^_`|~%]+$/);
    expect(decodeURIComponent(encoded)).toBe(name);
  });

  it('keeps quotes, backslashes and non-Latin letters out of the quoted fallback', () => {
    const fallback = /filename="([^"]*)"/.exec(contentDisposition('a"b\\c 文件.txt'))![1];
    expect(fallback).toBe('a_b_c __.txt');
  });
});
