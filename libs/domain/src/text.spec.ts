import { foldVietnamese } from './text';

describe('foldVietnamese', () => {
  it.each([
    ['Phòng Giáo dục & Đào tạo', 'phong giao duc va dao tao'],
    ['Phòng Văn hoá và Thông tin', 'phong van hoa va thong tin'],
    ['Phòng Văn hóa và Thông tin', 'phong van hoa va thong tin'],
    ['  Thuỷ   lợi ', 'thuy loi'],
    ['GD&ĐT', 'gd va dt'],
  ])('%s → %s', (input, folded) => {
    expect(foldVietnamese(input)).toBe(folded);
  });
});
