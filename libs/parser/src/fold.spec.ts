import { foldVietnamese } from '@dondoc/domain';

describe('foldVietnamese', () => {
  it('drops case, diacritics and đ', () => {
    expect(foldVietnamese('Phòng Giáo dục và Đào tạo')).toBe('phong giao duc va dao tao');
    expect(foldVietnamese('ĐỒNG THÁP')).toBe('dong thap');
  });

  it('unifies both tone-mark placements and & with "và"', () => {
    expect(foldVietnamese('Văn hoá')).toBe(foldVietnamese('Văn hóa'));
    expect(foldVietnamese('thuỷ lợi')).toBe(foldVietnamese('thủy lợi'));
    expect(foldVietnamese('GD&ĐT')).toBe('gd va dt');
    expect(foldVietnamese('Giáo dục & Đào tạo')).toBe(foldVietnamese('Giáo dục và Đào tạo'));
  });

  it('collapses whitespace and accepts decomposed input', () => {
    expect(foldVietnamese('  Phòng \t Nội\n vụ ')).toBe('phong noi vu');
    expect(foldVietnamese('Nội vụ'.normalize('NFD'))).toBe('noi vu');
  });
});
