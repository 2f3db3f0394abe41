import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { resolveRecipient, targetKey, type Account, type RecipientTarget, type Resolution, type TargetFacts } from '@dondoc/domain';
import { runner, type Tx } from './executor';

/** Someone a mail goes to: a user, or a unit's own address when it has no active head. */
export interface Recipient {
  userId: string | null;
  email: string;
  name: string | null;
}

export interface Leader extends Recipient {
  userId: string;
  /** The committee's head: the summary covers every task, not only the ones in the leader's charge. */
  isChairman: boolean;
}

/**
 * Who is told, looked up when the mail is made and again when it is sent (a unit's head may have
 * changed, a user may have left). Addresses come lower-cased, so that one person is one address.
 */
@Injectable()
export class RecipientsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Each unit's active staff, by unit: whom a reminder before the deadline reaches besides the head. */
  async unitStaff(unitIds: string[], tx?: Tx): Promise<Map<string, Recipient[]>> {
    if (!unitIds.length) return new Map();
    const rows: { unit_id: string; id: string; email: string; name: string }[] = await runner(this.db, tx).query(
      `SELECT unit_id, id, email, name FROM users WHERE unit_id = ANY($1::uuid[]) AND active AND role = 'unit_staff' ORDER BY email`,
      [[...new Set(unitIds)]],
    );
    const staff = new Map<string, Recipient[]>();
    for (const row of rows) staff.set(row.unit_id, [...(staff.get(row.unit_id) ?? []), { userId: row.id, email: row.email.toLowerCase(), name: row.name }]);
    return staff;
  }

  /** The committee's head (the chairman), whom escalations reach at the policy's last step. */
  async chairman(tx?: Tx): Promise<Recipient | null> {
    const [row]: { id: string; email: string; name: string }[] = await runner(this.db, tx).query(
      `SELECT h.id, h.email, h.name FROM units c JOIN users h ON h.id = c.head_user_id AND h.active
        WHERE c.kind = 'committee' AND c.active ORDER BY (c.parent_id IS NULL) DESC, c.created_at LIMIT 1`,
    );
    return row ? { userId: row.id, email: row.email.toLowerCase(), name: row.name } : null;
  }

  /**
   * What the database says now of each target (by `targetKey`): the account its role names, open or
   * closed, and a unit's name and address. `resolveRecipient` (libs/domain) decides who gets the mail.
   * One query per kind of target, however many targets.
   */
  async targetFacts(targets: readonly RecipientTarget[], tx?: Tx): Promise<Map<string, TargetFacts>> {
    const manager = runner(this.db, tx);
    const facts = new Map<string, TargetFacts>();
    const ids = <R extends RecipientTarget['role']>(role: R, pick: (target: Extract<RecipientTarget, { role: R }>) => string) => [
      ...new Set(targets.filter((t): t is Extract<RecipientTarget, { role: R }> => t.role === role).map(pick)),
    ];
    const unitIds = [...new Set([...ids('unit_head', (t) => t.unitId), ...ids('unit_staff', (t) => t.unitId)])];
    const userIds = [...new Set([...ids('unit_staff', (t) => t.userId), ...ids('user', (t) => t.userId)])];
    const taskIds = [...new Set([...ids('task_clerk', (t) => t.taskId), ...ids('task_leader', (t) => t.taskId)])];
    const needChairman = targets.some((t) => t.role === 'chairman' || t.role === 'task_leader');
    const account = `json_build_object('userId', a.id, 'email', lower(a.email), 'name', a.name, 'active', a.active, 'role', a.role, 'unitId', a.unit_id)`;

    const [units, users, tasks, chairman] = await Promise.all([
      unitIds.length
        ? (manager.query(
            `SELECT u.id, u.name, u.email, CASE WHEN a.id IS NULL THEN NULL ELSE ${account} END AS head
           FROM units u LEFT JOIN users a ON a.id = u.head_user_id WHERE u.id = ANY($1::uuid[])`,
            [unitIds],
          ) as Promise<{ id: string; name: string; email: string | null; head: Account | null }[]>)
        : [],
      userIds.length
        ? (manager.query(`SELECT ${account} AS account FROM users a WHERE a.id = ANY($1::uuid[])`, [userIds]) as Promise<{ account: Account }[]>)
        : [],
      taskIds.length
        ? (manager.query(
            `SELECT t.id, t.leader_in_charge_id IS NOT NULL AS has_leader,
                (SELECT ${account} FROM users a WHERE a.id = t.clerk_id) AS clerk,
                (SELECT ${account} FROM users a WHERE a.id = t.leader_in_charge_id) AS leader
           FROM tasks t WHERE t.id = ANY($1::uuid[])`,
            [taskIds],
          ) as Promise<{ id: string; has_leader: boolean; clerk: Account | null; leader: Account | null }[]>)
        : [],
      needChairman
        ? (manager.query(
            `SELECT ${account} AS account FROM units c JOIN users a ON a.id = c.head_user_id
          WHERE c.kind = 'committee' AND c.active ORDER BY (c.parent_id IS NULL) DESC, a.active DESC, c.created_at LIMIT 1`,
          ) as Promise<{ account: Account }[]>)
        : [],
    ]);
    const unitById = new Map(units.map((u) => [u.id, u]));
    const userById = new Map(users.map((u) => [u.account.userId, u.account]));
    const taskById = new Map(tasks.map((t) => [t.id, t]));
    const head = chairman[0]?.account ?? null;
    for (const target of targets) {
      const key = targetKey(target);
      switch (target.role) {
        case 'unit_head': {
          const unit = unitById.get(target.unitId);
          facts.set(key, { account: unit?.head ?? null, unitName: unit?.name ?? null, unitEmail: unit?.email ?? null });
          break;
        }
        case 'unit_staff':
          facts.set(key, { account: userById.get(target.userId) ?? null, unitName: unitById.get(target.unitId)?.name ?? null });
          break;
        case 'user':
          facts.set(key, { account: userById.get(target.userId) ?? null });
          break;
        case 'task_clerk':
          facts.set(key, { account: taskById.get(target.taskId)?.clerk ?? null });
          break;
        case 'task_leader': {
          const task = taskById.get(target.taskId);
          facts.set(key, task?.has_leader ? { account: task.leader } : { account: head, viaChairman: true });
          break;
        }
        case 'chairman':
          facts.set(key, { account: head });
          break;
      }
    }
    return facts;
  }

  /** Who holds each target's role now (by `targetKey`), or why nobody does. */
  async resolve(targets: readonly RecipientTarget[], tx?: Tx): Promise<Map<string, Resolution>> {
    const facts = await this.targetFacts(targets, tx);
    return new Map(targets.map((t) => [targetKey(t), resolveRecipient(t, facts.get(targetKey(t)))]));
  }

  /** The active leaders, or the one asked for. */
  async leaders(tx?: Tx, leaderId?: string): Promise<Leader[]> {
    const rows: { id: string; email: string; name: string; is_chairman: boolean }[] = await runner(this.db, tx).query(
      `SELECT u.id, lower(u.email) AS email, u.name,
              EXISTS (SELECT 1 FROM units c WHERE c.kind = 'committee' AND c.head_user_id = u.id) AS is_chairman
         FROM users u WHERE u.role = 'leader' AND u.active AND ($1::uuid IS NULL OR u.id = $1::uuid)`,
      [leaderId ?? null],
    );
    return rows.map((r) => ({ userId: r.id, email: r.email, name: r.name, isChairman: r.is_chairman }));
  }
}
