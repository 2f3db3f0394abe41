import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@dondoc/config';
import type { WorkingCalendar } from '@dondoc/calendar';
import { isSummaryDay, weekOf } from '@dondoc/domain';
import { outboxKey, writeOutbox, type NewNotification, type OutboxRow } from '@dondoc/mail';

/**
 * The leaders' weekly summary: one per leader per week, made on the week's first working day in
 * the window (by the sweep, or by the leader's own job scheduler), keyed `summary|<monday>|<email>`.
 * Its figures are computed when it is rendered, so they are those of the morning it leaves.
 */
@Injectable()
export class SummaryService {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async createDue(m: EntityManager, today: string, cal: WorkingCalendar, now: Date, leaderId?: string): Promise<OutboxRow[]> {
    if (!isSummaryDay(today, cal)) return [];
    const week = weekOf(today);
    const leaders: { id: string; email: string; name: string; is_chairman: boolean }[] = await m.query(
      `SELECT u.id, lower(u.email) AS email, u.name,
              EXISTS (SELECT 1 FROM units c WHERE c.kind = 'committee' AND c.head_user_id = u.id) AS is_chairman
         FROM users u
        WHERE u.role = 'leader' AND u.active AND ($1::uuid IS NULL OR u.id = $1::uuid)
          AND NOT EXISTS (SELECT 1 FROM notifications n WHERE n.key = 'summary|' || $2 || '|' || lower(u.email))`,
      [leaderId ?? null, week],
    );
    const rows: NewNotification[] = leaders.map((l) => ({
      key: outboxKey('summary', week, l.email), kind: 'weekly_summary', recipientUserId: l.id, recipientEmail: l.email, recipientName: l.name,
      windowId: week, items: [], payload: { leaderId: l.id, week, today, allTasks: l.is_chairman }, createdAt: now,
    }));
    return writeOutbox(m, rows, []);
  }
}
