import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@dondoc/config';
import { WorkingCalendar } from '@dondoc/calendar';
import { DEFAULT_REMINDER_POLICY, type ReminderPolicy } from '@dondoc/domain';

/** The policy and the calendar as an admin left them, read afresh by each sweep (two small queries). */
@Injectable()
export class SettingsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async policy(): Promise<ReminderPolicy> {
    const rows: { policy: ReminderPolicy }[] = await this.db.query('SELECT policy FROM reminder_settings WHERE id = 1');
    return { ...DEFAULT_REMINDER_POLICY, ...(rows[0]?.policy ?? {}) };
  }

  /** The policy's window, else REMINDER_WINDOW; 'any' sends as soon as a step is due. */
  window(policy: ReminderPolicy): string {
    return policy.sendWindow ?? this.config.reminderWindow ?? 'any';
  }

  async calendar(): Promise<WorkingCalendar> {
    const rows: { date: string; kind: string; name: string }[] = await this.db.query(
      `SELECT to_char(date, 'YYYY-MM-DD') AS date, kind, name FROM calendar_days ORDER BY date`,
    );
    return new WorkingCalendar({
      daysOff: rows.filter((r) => r.kind === 'day_off').map((r) => ({ date: r.date, name: r.name })),
      workingDays: rows.filter((r) => r.kind === 'working_day').map((r) => r.date),
    });
  }
}
