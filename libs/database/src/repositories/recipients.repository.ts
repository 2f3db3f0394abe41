import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { runner, type Tx } from './executor';

/** Someone a mail goes to: a user, or a unit's own address when it has no active head. */
export interface Recipient {
  userId: string | null;
  email: string;
  name: string | null;
}

export interface UnitPeople {
  id: string;
  name: string;
  head: Recipient | null;
  staff: Recipient[];
}

export interface Leader extends Recipient {
  userId: string;
  /** The committee's head: the summary covers every task, not only the ones in the leader's charge. */
  isChairman: boolean;
}

/** The same person reached through two roles gets one mail: the first of each address is kept. */
export function uniqueRecipients(list: Recipient[]): Recipient[] {
  const seen = new Set<string>();
  return list.filter((r) => (seen.has(r.email) ? false : (seen.add(r.email), true)));
}

/**
 * Who is told, looked up when the mail is made or sent (a unit's head may have changed, a user may
 * have left). Addresses come lower-cased, so that one person is one address.
 */
@Injectable()
export class RecipientsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Each unit's active head (else the unit's own address) and its active staff. */
  async unitPeople(unitIds: string[], tx?: Tx): Promise<Map<string, UnitPeople>> {
    if (!unitIds.length) return new Map();
    const rows: { id: string; name: string; email: string | null; head_id: string | null; head_email: string | null; head_name: string | null; staff: Recipient[] }[] = await runner(this.db, tx).query(
      `SELECT u.id, u.name, u.email, h.id AS head_id, h.email AS head_email, h.name AS head_name,
              COALESCE((SELECT json_agg(json_build_object('userId', s.id, 'email', s.email, 'name', s.name) ORDER BY s.email)
                          FROM users s WHERE s.unit_id = u.id AND s.active AND s.role = 'unit_staff'), '[]') AS staff
         FROM units u LEFT JOIN users h ON h.id = u.head_user_id AND h.active
        WHERE u.id = ANY($1::uuid[])`,
      [[...new Set(unitIds)]],
    );
    return new Map(rows.map((r) => [r.id, {
      id: r.id,
      name: r.name,
      head: r.head_id && r.head_email ? { userId: r.head_id, email: r.head_email.toLowerCase(), name: r.head_name }
        : r.email ? { userId: null, email: r.email.toLowerCase(), name: r.name } : null,
      staff: r.staff.map((s) => ({ ...s, email: s.email.toLowerCase() })),
    }]));
  }

  async activeUsers(ids: (string | null)[], tx?: Tx): Promise<Map<string, Recipient>> {
    const wanted = [...new Set(ids.filter((i): i is string => !!i))];
    if (!wanted.length) return new Map();
    const rows: { id: string; email: string; name: string }[] = await runner(this.db, tx).query(
      'SELECT id, email, name FROM users WHERE id = ANY($1::uuid[]) AND active', [wanted]);
    return new Map(rows.map((r) => [r.id, { userId: r.id, email: r.email.toLowerCase(), name: r.name }]));
  }

  /** The committee's head (the chairman), whom escalations reach at the policy's last step. */
  async chairman(tx?: Tx): Promise<Recipient | null> {
    const [row]: { id: string; email: string; name: string }[] = await runner(this.db, tx).query(
      `SELECT h.id, h.email, h.name FROM units c JOIN users h ON h.id = c.head_user_id AND h.active
        WHERE c.kind = 'committee' AND c.active ORDER BY (c.parent_id IS NULL) DESC, c.created_at LIMIT 1`,
    );
    return row ? { userId: row.id, email: row.email.toLowerCase(), name: row.name } : null;
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
