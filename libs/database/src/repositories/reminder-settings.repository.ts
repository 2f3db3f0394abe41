import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { DEFAULT_REMINDER_POLICY, type DueSoonSpanChange, type ReminderPolicy } from '@dondoc/domain';
import { runner, type Tx } from './executor';

export interface StoredPolicy {
  /** The admin's policy over the defaults of docs/domain.md: every field has a value. */
  policy: ReminderPolicy;
  /** The admin's own policy as saved, null when none was. */
  saved: ReminderPolicy | null;
  updatedAt: Date | null;
}

/**
 * How a change of the policy is written to the audit log, the policy before (null: none saved)
 * and after: its history, read back for figures as of a past day.
 */
export const REMINDER_POLICY_CHANGE = { action: 'reminder_policy.update', entity: 'reminder_policy', entityId: '1' } as const;

/** The reminder policy an admin set (one row), read with its defaults by the API and the worker alike. */
@Injectable()
export class ReminderSettingsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async read(tx?: Tx): Promise<StoredPolicy> {
    const [row]: { policy: Partial<ReminderPolicy>; updated_at: Date }[] = await runner(this.db, tx).query(
      'SELECT policy, updated_at FROM reminder_settings WHERE id = 1',
    );
    return {
      policy: { ...DEFAULT_REMINDER_POLICY, ...(row?.policy ?? {}) },
      saved: row ? (row.policy as ReminderPolicy) : null,
      updatedAt: row?.updated_at ?? null,
    };
  }

  async policy(): Promise<ReminderPolicy> {
    return (await this.read()).policy;
  }

  async save(tx: Tx, policy: ReminderPolicy, userId: string): Promise<void> {
    await tx.query(
      `INSERT INTO reminder_settings (id, policy, updated_by_id, updated_at) VALUES (1, $1, $2, now())
       ON CONFLICT (id) DO UPDATE SET policy = EXCLUDED.policy, updated_by_id = EXCLUDED.updated_by_id, updated_at = now()`,
      [JSON.stringify(policy), userId],
    );
  }

  /** The policy's changes made at or after `since`, from the audit log, oldest first, each with the due-soon span it replaced. */
  async dueSoonSpanChanges(since: Date): Promise<DueSoonSpanChange[]> {
    const rows: { at: Date; before: number | null }[] = await this.db.query(
      `SELECT created_at AS at, (before ->> 'dueSoonWorkingDays')::int AS before FROM audit_log
        WHERE entity = $1 AND entity_id = $2 AND action = $3 AND created_at >= $4
        ORDER BY created_at, id`,
      [REMINDER_POLICY_CHANGE.entity, REMINDER_POLICY_CHANGE.entityId, REMINDER_POLICY_CHANGE.action, since],
    );
    return rows;
  }
}
