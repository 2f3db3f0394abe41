import { resolveRecipient, targetKey, type Account } from './recipients';

const account = (over: Partial<Account> = {}): Account => ({
  userId: 'u1',
  email: 'Head@Unit.VN',
  name: 'Nguyễn Văn A',
  active: true,
  role: 'unit_head',
  unitId: 'unit-1',
  ...over,
});

describe('resolveRecipient: who holds the role when the mail leaves', () => {
  it("a unit's active head, else the unit's own address, else nobody, with why", () => {
    const head = { role: 'unit_head', unitId: 'unit-1' } as const;
    expect(resolveRecipient(head, { account: account(), unitName: 'Phòng Nội vụ', unitEmail: 'noivu@unit.vn' })).toEqual({
      recipient: { userId: 'u1', email: 'head@unit.vn', name: 'Nguyễn Văn A' },
    });
    expect(resolveRecipient(head, { account: account({ active: false }), unitName: 'Phòng Nội vụ', unitEmail: 'NoiVu@unit.vn' })).toEqual({
      recipient: { userId: null, email: 'noivu@unit.vn', name: 'Phòng Nội vụ' },
    });
    expect(resolveRecipient(head, { account: null, unitName: 'Phòng Nội vụ', unitEmail: null })).toEqual({
      recipient: null,
      reason: 'Không gửi: Phòng Nội vụ không có trưởng đơn vị đang hoạt động và không có địa chỉ thư của đơn vị',
    });
  });

  it("one of the unit's staff only while the account is open and still on that unit's staff", () => {
    const staff = { role: 'unit_staff', unitId: 'unit-1', userId: 'u2' } as const;
    const member = account({ userId: 'u2', role: 'unit_staff', name: 'Lê Thị B' });
    expect(resolveRecipient(staff, { account: member, unitName: 'Phòng Nội vụ' }).recipient?.userId).toBe('u2');
    expect(resolveRecipient(staff, { account: { ...member, active: false }, unitName: 'Phòng Nội vụ' })).toEqual({
      recipient: null,
      reason: 'Không gửi: tài khoản của người nhận (Lê Thị B) đã bị khoá',
    });
    expect(resolveRecipient(staff, { account: { ...member, unitId: 'unit-2' }, unitName: 'Phòng Nội vụ' })).toEqual({
      recipient: null,
      reason: 'Không gửi: Lê Thị B không còn là chuyên viên của Phòng Nội vụ',
    });
  });

  it("the task's clerk and leader, the chairman when the task names no leader", () => {
    const clerk = { role: 'task_clerk', taskId: 't1' } as const;
    const leader = { role: 'task_leader', taskId: 't1' } as const;
    expect(resolveRecipient(clerk, { account: null })).toEqual({ recipient: null, reason: 'Không gửi: nhiệm vụ không có chuyên viên theo dõi' });
    expect(resolveRecipient(clerk, { account: account({ role: 'clerk', active: false, name: 'Trần C' }) })).toEqual({
      recipient: null,
      reason: 'Không gửi: tài khoản của chuyên viên theo dõi (Trần C) đã bị khoá',
    });
    expect(resolveRecipient(leader, { account: account({ role: 'leader' }), viaChairman: true }).recipient?.email).toBe('head@unit.vn');
    expect(resolveRecipient(leader, { account: null, viaChairman: true })).toEqual({
      recipient: null,
      reason: 'Không gửi: nhiệm vụ không có lãnh đạo phụ trách và chưa có Chủ tịch',
    });
    expect(resolveRecipient({ role: 'chairman' }, undefined)).toEqual({ recipient: null, reason: 'Không gửi: chưa có Chủ tịch (trưởng đơn vị của Ủy ban)' });
  });

  it('keys each target apart', () => {
    const keys = [
      targetKey({ role: 'unit_head', unitId: 'a' }),
      targetKey({ role: 'unit_staff', unitId: 'a', userId: 'b' }),
      targetKey({ role: 'task_clerk', taskId: 'a' }),
      targetKey({ role: 'task_leader', taskId: 'a' }),
      targetKey({ role: 'chairman' }),
      targetKey({ role: 'user', userId: 'a' }),
    ];
    expect(new Set(keys).size).toBe(keys.length);
  });
});
