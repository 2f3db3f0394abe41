import type { Role, UnitKind } from '@dondoc/domain';

/** The demo district: its offices and departments, a few communes and a dozen schools. The parser's tests resolve units against this same list. */
export interface SeedUnit {
  code: string;
  name: string;
  kind: UnitKind;
  parent?: string;
  aliases: string[];
  email: string;
}

const school = (code: string, name: string, kind: UnitKind): SeedUnit => ({
  code,
  name,
  kind,
  parent: 'GDDT',
  aliases: [],
  email: `${code.toLowerCase()}@dondoc.local`,
});

export const DISTRICT_UNITS: SeedUnit[] = [
  { code: 'UBND', name: 'Ủy ban nhân dân huyện An Dương', kind: 'committee', aliases: ['UBND huyện', 'Ủy ban nhân dân huyện'], email: 'ubnd@dondoc.local' },
  {
    code: 'VP',
    name: 'Văn phòng HĐND và UBND',
    kind: 'office',
    parent: 'UBND',
    aliases: ['VP HĐND & UBND', 'Văn phòng HĐND&UBND', 'VP HĐND&UBND huyện'],
    email: 'vanphong.unit@dondoc.local',
  },
  { code: 'NV', name: 'Phòng Nội vụ', kind: 'department', parent: 'UBND', aliases: ['Nội vụ', 'PNV'], email: 'noivu@dondoc.local' },
  {
    code: 'TCKH',
    name: 'Phòng Tài chính - Kế hoạch',
    kind: 'department',
    parent: 'UBND',
    aliases: ['TC-KH', 'Tài chính - Kế hoạch', 'Tài chính- Kế hoạch'],
    email: 'tckh@dondoc.local',
  },
  {
    code: 'GDDT',
    name: 'Phòng Giáo dục và Đào tạo',
    kind: 'department',
    parent: 'UBND',
    aliases: ['GD&ĐT', 'Giáo dục và Đào tạo', 'GDĐT'],
    email: 'gddt@dondoc.local',
  },
  {
    code: 'VHTT',
    name: 'Phòng Văn hóa và Thông tin',
    kind: 'department',
    parent: 'UBND',
    aliases: ['VH TT', 'VH-TT', 'Văn hóa - Thông tin', 'Văn hóa và Thông tin'],
    email: 'vhtt@dondoc.local',
  },
  { code: 'KTHT', name: 'Phòng Kinh tế và Hạ tầng', kind: 'department', parent: 'UBND', aliases: ['KT-HT', 'Kinh tế và Hạ tầng'], email: 'ktht@dondoc.local' },
  {
    code: 'TNMT',
    name: 'Phòng Tài nguyên và Môi trường',
    kind: 'department',
    parent: 'UBND',
    aliases: ['TN-MT', 'Tài nguyên và Môi trường'],
    email: 'tnmt@dondoc.local',
  },
  { code: 'YT', name: 'Phòng Y tế', kind: 'department', parent: 'UBND', aliases: ['Y tế'], email: 'yte@dondoc.local' },
  { code: 'TTRA', name: 'Thanh tra huyện', kind: 'department', parent: 'UBND', aliases: ['Thanh tra'], email: 'thanhtra@dondoc.local' },
  {
    code: 'LDTBXH',
    name: 'Phòng Lao động - Thương binh và Xã hội',
    kind: 'department',
    parent: 'UBND',
    aliases: ['LĐ-TB&XH', 'LĐTBXH', 'Lao động - Thương binh và Xã hội'],
    email: 'ldtbxh@dondoc.local',
  },
  { code: 'TTYT', name: 'Trung tâm Y tế huyện', kind: 'public_service', parent: 'UBND', aliases: ['TT y tế', 'Trung tâm y tế'], email: 'ttyt@dondoc.local' },
  {
    code: 'BQLDA',
    name: 'Ban Quản lý dự án đầu tư xây dựng huyện',
    kind: 'public_service',
    parent: 'UBND',
    aliases: ['BQLDA', 'Ban QLDA'],
    email: 'bqlda@dondoc.local',
  },
  {
    code: 'XA-ANDONG',
    name: 'UBND xã An Đồng',
    kind: 'commune',
    parent: 'UBND',
    aliases: ['xã An Đồng', 'Ủy ban nhân dân xã An Đồng'],
    email: 'xa.andong@dondoc.local',
  },
  { code: 'XA-HONGTHAI', name: 'UBND xã Hồng Thái', kind: 'commune', parent: 'UBND', aliases: ['xã Hồng Thái'], email: 'xa.hongthai@dondoc.local' },
  { code: 'XA-LETHIEN', name: 'UBND xã Lê Thiện', kind: 'commune', parent: 'UBND', aliases: ['xã Lê Thiện'], email: 'xa.lethien@dondoc.local' },
  { code: 'XA-NAMSON', name: 'UBND xã Nam Sơn', kind: 'commune', parent: 'UBND', aliases: ['xã Nam Sơn'], email: 'xa.namson@dondoc.local' },
  { code: 'TT-ANDUONG', name: 'UBND thị trấn An Dương', kind: 'commune', parent: 'UBND', aliases: ['thị trấn An Dương'], email: 'tt.anduong@dondoc.local' },
  school('MN-ANDONG', 'Trường Mầm non An Đồng', 'preschool'),
  school('MN-LETHIEN', 'Trường Mầm non Lê Thiện', 'preschool'),
  school('MN-NAMSON', 'Trường Mầm non Nam Sơn', 'preschool'),
  school('MN-HONGTHAI', 'Trường Mầm non Hồng Thái', 'preschool'),
  school('TH-ANDONG', 'Trường Tiểu học An Đồng', 'primary_school'),
  school('TH-LELOI', 'Trường Tiểu học Lê Lợi', 'primary_school'),
  school('TH-DANGCUONG', 'Trường Tiểu học Đặng Cương', 'primary_school'),
  school('TH-QUOCTUAN', 'Trường Tiểu học Quốc Tuấn', 'primary_school'),
  school('THCS-ANDUONG', 'Trường THCS An Dương', 'lower_secondary_school'),
  school('THCS-LETHIEN', 'Trường THCS Lê Thiện', 'lower_secondary_school'),
  school('THCS-BACSON', 'Trường THCS Bắc Sơn', 'lower_secondary_school'),
  school('THCS-TANTIEN', 'Trường THCS Tân Tiến', 'lower_secondary_school'),
];

export interface SeedUser {
  email: string;
  name: string;
  role: Role;
  unit: string;
  title?: string;
  /** Made the head of that unit. */
  heads?: boolean;
}

export const DEMO_USERS: SeedUser[] = [
  { email: 'admin@dondoc.local', name: 'Quản trị hệ thống', role: 'admin', unit: 'VP' },
  { email: 'vanphong@dondoc.local', name: 'Nguyễn Thị Thu', role: 'clerk', unit: 'VP' },
  { email: 'chutich@dondoc.local', name: 'Phạm Việt Hùng', role: 'leader', unit: 'UBND', title: 'Chủ tịch UBND huyện', heads: true },
  { email: 'phochutich@dondoc.local', name: 'Lương Thế Quý', role: 'leader', unit: 'UBND', title: 'Phó Chủ tịch Thường trực UBND huyện' },
  { email: 'truongphong.noivu@dondoc.local', name: 'Trần Văn Nam', role: 'unit_head', unit: 'NV', heads: true },
  { email: 'truongphong.tckh@dondoc.local', name: 'Lê Thị Hoa', role: 'unit_head', unit: 'TCKH', heads: true },
  { email: 'truongphong.gddt@dondoc.local', name: 'Vũ Minh Đức', role: 'unit_head', unit: 'GDDT', heads: true },
  { email: 'chuyenvien.gddt@dondoc.local', name: 'Đỗ Thanh Hương', role: 'unit_staff', unit: 'GDDT' },
];
