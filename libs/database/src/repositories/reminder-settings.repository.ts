import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { DEFAULT_REMINDER_POLICY, type ReminderPolicy } from '@dondoc/domain';
import { runner, type Tx } from './executor';

export interface StoredPolicy {
  /** The admin's policy over the defaults of docs/domain.md: every field has a value. */
  policy: ReminderPolicy;
  /** The admin's own policy as saved, null when none was. */
  saved: ReminderPolicy | null;
  updatedAt: Date | null;
}

/** The reminder policy an admin set (one row), read with its defaults by the API and the worker alike. */
@Injectable()
export class ReminderSettingsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async read(tx?: Tx): Promise<StoredPolicy> {
    const [row]: { policy: Partial<ReminderPolicy>; updated_at: Date }[] = await runner(this.db, tx).query(
      'SELECT policy, updated_at FROM reminder_settings WHERE id = 1');
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
}
