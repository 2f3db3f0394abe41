import type { UnitKind, UnitRef } from '../types';

/** A unit of the demo district, with the code of the unit it reports to (for building the tree). */
export interface DemoUnit extends UnitRef {
  parentCode: string | null;
}

function unit(code: string, name: string, kind: UnitKind, aliases: string[], parentCode: string | null = 'UBND'): DemoUnit {
  return { id: `unit-${code.toLowerCase()}`, code, name, kind, aliases, parentCode };
}

/**
 * The units of an An Dương-like district: the committee, its office and departments, public
 * service units, schools of three kinds and a few communes. The seed and the end-to-end tests
 * create their database units from this list; ids here are stable strings for unit tests.
 */
export const DEMO_UNITS: DemoUnit[] = [
  unit('UBND', 'UBND huyện', 'committee', ['Ủy ban nhân dân huyện', 'UBND huyện An Dương'], null),
  unit('VP', 'Văn phòng HĐND và UBND', 'office', ['VP HĐND & UBND', 'Văn phòng HĐND&UBND', 'Văn phòng HĐND và UBND huyện']),
  unit('NV', 'Phòng Nội vụ', 'department', ['Nội vụ']),
  unit('TCKH', 'Phòng Tài chính - Kế hoạch', 'department', ['TC-KH', 'TCKH', 'Tài chính Kế hoạch']),
  unit('GDDT', 'Phòng Giáo dục và Đào tạo', 'department', ['GD&ĐT', 'GDĐT', 'Phòng GD&ĐT']),
  unit('VHTT', 'Phòng Văn hóa và Thông tin', 'department', ['VH TT', 'VH-TT', 'Văn hóa - Thông tin']),
  unit('KTHT', 'Phòng Kinh tế và Hạ tầng', 'department', ['KT-HT', 'KTHT']),
  unit('TNMT', 'Phòng Tài nguyên và Môi trường', 'department', ['TN-MT', 'TNMT']),
  unit('YT', 'Phòng Y tế', 'department', []),
  unit('TTRA', 'Thanh tra huyện', 'department', ['Thanh tra']),
  unit('LDTBXH', 'Phòng Lao động - Thương binh và Xã hội', 'department', ['LĐ-TB&XH', 'LĐTBXH']),
  unit('TTYT', 'Trung tâm Y tế huyện', 'public_service', ['TT y tế', 'TTYT', 'Trung tâm y tế']),
  unit('BQLDA', 'Ban Quản lý dự án đầu tư xây dựng', 'public_service', ['BQLDA', 'Ban QLDA', 'Ban Quản lý dự án đầu tư xây dựng huyện']),
  unit('MN-ANDONG', 'Trường Mầm non An Đồng', 'preschool', ['MN An Đồng'], 'GDDT'),
  unit('MN-HONGTHAI', 'Trường Mầm non Hồng Thái', 'preschool', ['MN Hồng Thái'], 'GDDT'),
  unit('MN-LETHIEN', 'Trường Mầm non Lê Thiện', 'preschool', ['MN Lê Thiện'], 'GDDT'),
  unit('MN-NAMSON', 'Trường Mầm non Nam Sơn', 'preschool', ['MN Nam Sơn'], 'GDDT'),
  unit('TH-ANDUONG', 'Trường Tiểu học An Dương', 'primary_school', ['TH An Dương'], 'GDDT'),
  unit('TH-DANGCUONG', 'Trường Tiểu học Đặng Cương', 'primary_school', ['TH Đặng Cương'], 'GDDT'),
  unit('TH-HONGPHONG', 'Trường Tiểu học Hồng Phong', 'primary_school', ['TH Hồng Phong'], 'GDDT'),
  unit('TH-LELOI', 'Trường Tiểu học Lê Lợi', 'primary_school', ['TH Lê Lợi'], 'GDDT'),
  unit('THCS-ANDUONG', 'Trường THCS An Dương', 'lower_secondary_school', ['THCS An Dương', 'Trường Trung học cơ sở An Dương'], 'GDDT'),
  unit('THCS-BACSON', 'Trường THCS Bắc Sơn', 'lower_secondary_school', ['THCS Bắc Sơn'], 'GDDT'),
  unit('THCS-DONGTHAI', 'Trường THCS Đồng Thái', 'lower_secondary_school', ['THCS Đồng Thái'], 'GDDT'),
  unit('THCS-TANTIEN', 'Trường THCS Tân Tiến', 'lower_secondary_school', ['THCS Tân Tiến'], 'GDDT'),
  unit('XA-ANDONG', 'UBND xã An Đồng', 'commune', ['xã An Đồng', 'Ủy ban nhân dân xã An Đồng']),
  unit('XA-HONGTHAI', 'UBND xã Hồng Thái', 'commune', ['xã Hồng Thái']),
  unit('XA-LETHIEN', 'UBND xã Lê Thiện', 'commune', ['xã Lê Thiện']),
  unit('XA-NAMSON', 'UBND xã Nam Sơn', 'commune', ['xã Nam Sơn']),
  unit('TT-ANDUONG', 'UBND thị trấn An Dương', 'commune', ['thị trấn An Dương']),
];

/** The demo units as the parser takes them. */
export function demoUnits(): UnitRef[] {
  return DEMO_UNITS.map(({ id, code, name, kind, aliases }) => ({ id, code, name, kind, aliases }));
}

export function unitIdByName(name: string): string {
  const u = DEMO_UNITS.find((x) => x.name === name);
  if (!u) throw new Error(`No demo unit named ${name}`);
  return u.id;
}
