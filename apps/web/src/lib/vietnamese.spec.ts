import { describe, expect, it } from '@jest/globals';
import { foldVietnamese, matchesUnaccented } from './vietnamese';

describe('foldVietnamese', () => {
  it('removes tone and vowel marks and folds đ', () => {
    expect(foldVietnamese('Phòng Giáo dục và Đào tạo')).toBe('phong giao duc va dao tao');
    expect(foldVietnamese('ĐƯỜNG ĐI')).toBe('duong di');
  });

  it('treats both tone placements alike', () => {
    expect(foldVietnamese('hoá')).toBe(foldVietnamese('hóa'));
    expect(foldVietnamese('thuỷ')).toBe(foldVietnamese('thủy'));
  });

  it('reads & as và and collapses spaces', () => {
    expect(foldVietnamese('GD&ĐT')).toBe('gd va dt');
    expect(foldVietnamese('  Văn   phòng\u00a0HĐND ')).toBe('van phong hdnd');
  });

  it('gives the same result for precomposed and decomposed input', () => {
    expect(foldVietnamese('Nội vụ'.normalize('NFD'))).toBe(foldVietnamese('Nội vụ'.normalize('NFC')));
  });
});

describe('matchesUnaccented', () => {
  it('matches words typed without marks, in any order', () => {
    expect(matchesUnaccented('giao duc', 'Phòng Giáo dục và Đào tạo')).toBe(true);
    expect(matchesUnaccented('dao tao giao', 'Phòng Giáo dục và Đào tạo')).toBe(true);
    expect(matchesUnaccented('noi vu', 'Phòng Giáo dục và Đào tạo')).toBe(false);
  });

  it('searches every text given, such as the code and aliases', () => {
    expect(matchesUnaccented('tckh', 'Phòng Tài chính - Kế hoạch', 'TCKH')).toBe(true);
    expect(matchesUnaccented('gd&dt', 'Phòng Giáo dục', null, 'GD&ĐT')).toBe(true);
  });

  it('accepts everything for an empty query', () => {
    expect(matchesUnaccented('   ', 'x')).toBe(true);
  });
});
