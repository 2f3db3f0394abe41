import { BadRequestException, ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, CLOCK, type AppConfig } from '@dondoc/config';
import {
  OutboxRepository,
  REMINDER_POLICY_CHANGE,
  ReminderScheduleRepository,
  ReminderSettingsRepository,
  type CaughtMailItem,
  type NotificationStatus,
  type OutboxListItem,
} from '@dondoc/database';
import { effectiveSendWindow, validatePolicy, type Clock, type ReminderPolicy } from '@dondoc/domain';
import { AuditService } from '../common/audit.service';
import type { CurrentUser } from '../common/current-user';
import type { Page } from '../common/pagination';
import { CalendarService } from '../calendar/calendar.service';
import { EventMailService } from './event-mail.service';

export type PolicyView = ReminderPolicy & { effectiveWindow: string; updatedAt: Date | null };

/** The reminder policy, the outbox an admin watches and resends from, the built-in mail catcher. */
@Injectable()
export class RemindersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly settings: ReminderSettingsRepository,
    private readonly schedule: ReminderScheduleRepository,
    private readonly outbox: OutboxRepository,
    private readonly audit: AuditService,
    private readonly mail: EventMailService,
    private readonly calendar: CalendarService,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The policy in force: the admin's, or the defaults. `sendWindow: null` follows REMINDER_WINDOW. */
  async policy(): Promise<PolicyView> {
    const { policy, updatedAt } = await this.settings.read();
    return { ...policy, effectiveWindow: effectiveSendWindow(policy, this.config.reminderWindow), updatedAt };
  }

  /** Saves the policy and puts every open task back before the sweep, which plans it anew. */
  async savePolicy(
    input: Omit<ReminderPolicy, 'dueSoonWorkingDays' | 'clerkDecidesWork' | 'sendWindowEnd' | 'urgentEventsAtOnce'> &
      Partial<Pick<ReminderPolicy, 'dueSoonWorkingDays' | 'clerkDecidesWork' | 'sendWindowEnd' | 'urgentEventsAtOnce'>>,
    me: CurrentUser,
  ): Promise<PolicyView> {
    await this.db.transaction(async (tx) => {
      const before = await this.settings.read(tx);
      const policy: ReminderPolicy = {
        ...input,
        sendWindow: input.sendWindow ?? null,
        beforeDays: [...new Set(input.beforeDays)].sort((a, b) => b - a),
        dueSoonWorkingDays: input.dueSoonWorkingDays ?? before.policy.dueSoonWorkingDays,
        clerkDecidesWork: input.clerkDecidesWork ?? before.policy.clerkDecidesWork,
        urgentEventsAtOnce: input.urgentEventsAtOnce ?? before.policy.urgentEventsAtOnce,
        sendWindowEnd: input.sendWindowEnd === undefined ? before.policy.sendWindowEnd : input.sendWindowEnd,
      };
      const problems = validatePolicy(policy);
      if (problems.length) throw new BadRequestException(problems);
      await this.settings.save(tx, policy, me.id);
      await this.schedule.replan(tx);
      await this.audit.record(tx, { actorId: me.id, ...REMINDER_POLICY_CHANGE, before: before.saved, after: policy });
    });
    // The due-soon span is part of every timeliness judgement the API makes.
    this.calendar.invalidate();
    return this.policy();
  }

  async notifications(page: number, pageSize: number, status?: NotificationStatus): Promise<Page<OutboxListItem>> {
    const { items, total } = await this.outbox.list({ limit: pageSize, offset: (page - 1) * pageSize }, status);
    return { items, total, page, pageSize };
  }

  /**
   * Sends a mail again (after a permanent failure was fixed, or on request): back to pending, queued
   * under a new job id. A digest held for its window goes at once.
   */
  async resend(id: string, me: CurrentUser): Promise<{ id: string; status: 'pending' }> {
    const row = await this.outbox.resend(id, this.clock.now());
    if (row === 'missing') throw new NotFoundException('Không tìm thấy thư');
    if (row === 'busy') throw new ConflictException('Thư đang được gửi');
    await this.audit.record(this.db.manager, {
      actorId: me.id,
      action: 'notification.resend',
      entity: 'notification',
      entityId: id,
      after: { at: this.clock.now() },
    });
    await this.mail.dispatch([row]);
    return { id, status: 'pending' };
  }

  async caughtMailHtml(id: string): Promise<string> {
    const html = await this.outbox.caughtMailHtml(id);
    if (html === null) throw new NotFoundException('Không tìm thấy thư này trong hộp thư thử');
    return html;
  }

  async caughtMails(page: number, pageSize: number): Promise<Page<CaughtMailItem> & { smtpConfigured: boolean }> {
    const { items, total } = await this.outbox.caughtMails({ limit: pageSize, offset: (page - 1) * pageSize });
    return { items, total, page, pageSize, smtpConfigured: this.config.smtpUrl !== null };
  }
}
