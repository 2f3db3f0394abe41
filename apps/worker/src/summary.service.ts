import { Injectable } from '@nestjs/common';
import type { WorkingCalendar } from '@dondoc/calendar';
import { OutboxRepository, outboxKey, RecipientsRepository, type OutboxRow, type Tx } from '@dondoc/database';
import { isSummaryDay, weekOf, type IsoDate } from '@dondoc/domain';

/**
 * The leaders' weekly summary: one per leader per week, made by the sweep on the week's first
 * working day in the window, keyed `summary|<monday>|<email>`. Its figures are computed when it is
 * rendered, so they are those of the morning it leaves.
 */
@Injectable()
export class SummaryService {
  constructor(
    private readonly outbox: OutboxRepository,
    private readonly recipients: RecipientsRepository,
  ) {}

  async createDue(tx: Tx, today: IsoDate, calendar: WorkingCalendar, now: Date): Promise<OutboxRow[]> {
    if (!isSummaryDay(today, calendar)) return [];
    const week = weekOf(today);
    const leaders = await this.recipients.leaders(tx);
    // A leader whose summary of the week exists keeps it: the key is unique, the write skips it.
    return this.outbox.write(
      tx,
      leaders.map((leader) => ({
        key: outboxKey('summary', week, leader.email),
        kind: 'weekly_summary',
        recipientUserId: leader.userId,
        recipientEmail: leader.email,
        recipientName: leader.name,
        // Looked up again when it leaves: a leader whose account was closed meanwhile gets nothing.
        target: { role: 'user', userId: leader.userId },
        windowId: week,
        items: [],
        payload: { leaderId: leader.userId, week, today, allTasks: leader.isChairman },
        createdAt: now,
      })),
      [],
    );
  }
}
