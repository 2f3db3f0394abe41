import { tokenize } from './tokens';
import { UnitMatcher } from './units';
import { seedUnits, unitIdByName } from './testing/units';

const matcher = new UnitMatcher(seedUnits());

function read(text: string) {
  return matcher.parseUnits(tokenize(text), 0).map((m) => ({ text: text.slice(m.start, m.end), ids: m.unitIds, group: m.group, known: m.known }));
}

describe('UnitMatcher', () => {
  it.each([
    ['phòng Giáo dục & Đào tạo huyện', 'Phòng Giáo dục và Đào tạo'],
    ['Phòng GD&ĐT', 'Phòng Giáo dục và Đào tạo'],
    ['PHÒNG GIÁO DỤC VÀ ĐÀO TẠO', 'Phòng Giáo dục và Đào tạo'],
    ['Phòng Văn hoá và Thông tin', 'Phòng Văn hóa và Thông tin'],
    ['phòng VH TT', 'Phòng Văn hóa và Thông tin'],
    ['Phòng Văn hóa - Thông tin', 'Phòng Văn hóa và Thông tin'],
    ['Phòng TC-KH', 'Phòng Tài chính - Kế hoạch'],
    ['Tài chính- Kế hoạch', 'Phòng Tài chính - Kế hoạch'],
    ['Văn phòng HĐND&UBND huyện', 'Văn phòng HĐND và UBND'],
    ['Thanh tra', 'Thanh tra huyện'],
    ['Thanh tra huyện An Dương', 'Thanh tra huyện'],
    ['Ủy ban nhân dân huyện', 'Ủy ban nhân dân huyện An Dương'],
    ['Trung tâm y tế', 'Trung tâm Y tế huyện'],
  ])('resolves "%s" to %s', (text, name) => {
    const [mention] = read(`${text} chủ trì`);
    expect(mention?.ids).toEqual([unitIdByName(name)]);
    expect(mention?.text).toBe(text);
  });

  it('reads groups as every unit of their kinds', () => {
    const [schools] = read('các trường mầm non, tiểu học, THCS trên địa bàn huyện:');
    expect(schools?.group).toBe(true);
    expect(schools?.ids).toHaveLength(12);
    const [communes] = read('UBND các xã, thị trấn thực hiện');
    expect(communes?.ids).toHaveLength(5);
    const [offices] = read('các phòng, ban, đơn vị');
    expect(offices?.ids.map((id) => id)).toContain(unitIdByName('Văn phòng HĐND và UBND'));
    expect(offices?.ids).toContain(unitIdByName('Trung tâm Y tế huyện'));
    expect(offices?.ids).not.toContain(unitIdByName('UBND xã An Đồng'));
  });

  it('keeps an unknown unit with suggestions', () => {
    const [mention] = read('Sở Tài nguyên và Môi trường chủ trì');
    expect(mention).toMatchObject({ text: 'Sở Tài nguyên và Môi trường', ids: [], known: false });
    expect(matcher.suggest(mention!.text)[0]?.name).toBe('Phòng Tài nguyên và Môi trường');
    expect(matcher.suggest('Bệnh viện Đa khoa').length).toBeLessThanOrEqual(3);
  });

  it('does not take "Giao" words for units', () => {
    expect(read('Giao thông nông thôn')).toEqual([]);
    expect(read('thôn Giao Tiến')).toEqual([]);
  });

  it('reads a list of units', () => {
    expect(read('Phòng Nội vụ, Phòng Y tế và Trung tâm Y tế huyện phối hợp').map((m) => m.text)).toEqual([
      'Phòng Nội vụ',
      'Phòng Y tế',
      'Trung tâm Y tế huyện',
    ]);
  });
});
