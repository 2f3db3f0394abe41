import type { Role } from './vocabulary';

/**
 * Whom a mail is for, as a role rather than an address: the outbox keeps this, and the address is
 * looked up when the mail leaves (a unit's head may change, an account may be closed, between the
 * sweep that plans a mail and the morning it goes out).
 */
export type RecipientTarget =
  /** The unit's active head; a unit without one is written to at its own address. */
  | { role: 'unit_head'; unitId: string }
  /** One of the unit's staff, while the account is open and still on that unit's staff. */
  | { role: 'unit_staff'; unitId: string; userId: string }
  /** The clerk who follows the task. */
  | { role: 'task_clerk'; taskId: string }
  /** The leader in charge of the task; the committee's chairman for a task with none. */
  | { role: 'task_leader'; taskId: string }
  /** The committee's head (the chairman), whom escalations reach at the policy's last step. */
  | { role: 'chairman' }
  /** A named person: who asked for an extension, the leader a weekly summary is for. */
  | { role: 'user'; userId: string };

/** One string per target: part of an outbox key when nobody holds the role at planning time. */
export function targetKey(target: RecipientTarget): string {
  switch (target.role) {
    case 'unit_head':
      return `unit_head:${target.unitId}`;
    case 'unit_staff':
      return `unit_staff:${target.unitId}:${target.userId}`;
    case 'task_clerk':
      return `task_clerk:${target.taskId}`;
    case 'task_leader':
      return `task_leader:${target.taskId}`;
    case 'chairman':
      return 'chairman';
    case 'user':
      return `user:${target.userId}`;
  }
}

/** An account as the lookup finds it, open or closed. */
export interface Account {
  userId: string;
  email: string;
  name: string;
  active: boolean;
  role: Role;
  unitId: string | null;
}

/**
 * What the database says of a target now: the account the role names (the unit's head, the task's
 * clerk or leader, the chairman, the person), open or closed, and for a unit its name and address.
 */
export interface TargetFacts {
  account: Account | null;
  unitName?: string | null;
  unitEmail?: string | null;
  /** For `task_leader`: the task names no leader in charge, so the account is the chairman's. */
  viaChairman?: boolean;
}

/** An address to write to, a person's or a unit's mailbox. */
export interface ResolvedRecipient {
  userId: string | null;
  email: string;
  name: string | null;
}

/** The address a target resolves to, or why nobody holds the role (in Vietnamese: admins read it). */
export type Resolution = { recipient: ResolvedRecipient } | { recipient: null; reason: string };

/**
 * Who holds the role now (docs/reminders.md "Recipients"). Addresses come lower-cased, so that one
 * person is one address.
 */
export function resolveRecipient(target: RecipientTarget, facts: TargetFacts | undefined): Resolution {
  const account = facts?.account ?? null;
  const person = (acc: Account): Resolution => ({ recipient: { userId: acc.userId, email: acc.email.toLowerCase(), name: acc.name } });
  const nobody = (reason: string): Resolution => ({ recipient: null, reason: `Không gửi: ${reason}` });
  const closed = (acc: Account, what: string) => nobody(`tài khoản của ${what} (${acc.name}) đã bị khoá`);
  switch (target.role) {
    case 'unit_head': {
      if (account?.active) return person(account);
      const unit = facts?.unitName ?? 'đơn vị';
      if (facts?.unitEmail) return { recipient: { userId: null, email: facts.unitEmail.toLowerCase(), name: facts.unitName ?? null } };
      return nobody(`${unit} không có trưởng đơn vị đang hoạt động và không có địa chỉ thư của đơn vị`);
    }
    case 'unit_staff': {
      if (!account) return nobody('không còn tài khoản của người nhận');
      if (!account.active) return closed(account, 'người nhận');
      if (account.role !== 'unit_staff' || account.unitId !== target.unitId)
        return nobody(`${account.name} không còn là chuyên viên của ${facts?.unitName ?? 'đơn vị'}`);
      return person(account);
    }
    case 'task_clerk':
      if (!account) return nobody('nhiệm vụ không có chuyên viên theo dõi');
      return account.active ? person(account) : closed(account, 'chuyên viên theo dõi');
    case 'task_leader':
      if (!account) return nobody(facts?.viaChairman ? 'nhiệm vụ không có lãnh đạo phụ trách và chưa có Chủ tịch' : 'nhiệm vụ không có lãnh đạo phụ trách');
      return account.active ? person(account) : closed(account, facts?.viaChairman ? 'Chủ tịch' : 'lãnh đạo phụ trách');
    case 'chairman':
      if (!account) return nobody('chưa có Chủ tịch (trưởng đơn vị của Ủy ban)');
      return account.active ? person(account) : closed(account, 'Chủ tịch');
    case 'user':
      if (!account) return nobody('không còn tài khoản của người nhận');
      return account.active ? person(account) : closed(account, 'người nhận');
  }
}
