import type { Queryable } from './sender';

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

/**
 * Who is told about a unit's tasks, looked up when the mail is made (a unit's head may change):
 * its active head, else the unit's own address; and its active staff.
 */
export async function unitPeople(q: Queryable, unitIds: string[]): Promise<Map<string, UnitPeople>> {
  if (!unitIds.length) return new Map();
  const rows: { id: string; name: string; email: string | null; head_id: string | null; head_email: string | null; head_name: string | null; staff: Recipient[] }[] = await q.query(
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
    head: r.head_id ? { userId: r.head_id, email: r.head_email!.toLowerCase(), name: r.head_name } : r.email ? { userId: null, email: r.email.toLowerCase(), name: r.name } : null,
    staff: r.staff.map((s) => ({ ...s, email: s.email.toLowerCase() })),
  }]));
}

export async function activeUsers(q: Queryable, ids: (string | null)[]): Promise<Map<string, Recipient>> {
  const wanted = [...new Set(ids.filter((i): i is string => !!i))];
  if (!wanted.length) return new Map();
  const rows: { id: string; email: string; name: string }[] = await q.query('SELECT id, email, name FROM users WHERE id = ANY($1::uuid[]) AND active', [wanted]);
  return new Map(rows.map((r) => [r.id, { userId: r.id, email: r.email.toLowerCase(), name: r.name }]));
}

/** The committee's head (the chairman), whom escalations reach at the policy's last step. */
export async function chairman(q: Queryable): Promise<Recipient | null> {
  const rows: { id: string; email: string; name: string }[] = await q.query(
    `SELECT h.id, h.email, h.name FROM units c JOIN users h ON h.id = c.head_user_id AND h.active
      WHERE c.kind = 'committee' AND c.active ORDER BY (c.parent_id IS NULL) DESC, c.created_at LIMIT 1`,
  );
  return rows[0] ? { userId: rows[0].id, email: rows[0].email.toLowerCase(), name: rows[0].name } : null;
}
