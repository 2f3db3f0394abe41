import { BadRequestException, Body, ConflictException, Controller, Get, Headers, HttpCode, Inject, NotFoundException, Param, ParseUUIDPipe, Post, Put, Query, Res, UnauthorizedException, ForbiddenException } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FastifyReply } from 'fastify';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, CLOCK, type AppConfig } from '@dondoc/config';
import { DEFAULT_REMINDER_POLICY, validatePolicy, type Clock, type ReminderPolicy } from '@dondoc/domain';
import { replanReminders, returned } from '@dondoc/mail';
import { bearerToken } from '../auth/auth.guard';
import { AuthService } from '../auth/auth.service';
import { sameSecret } from '../auth/same-secret';
import { AuditService } from '../common/audit.service';
import { Me, type CurrentUser } from '../common/current-user';
import { Public, Roles } from '../common/roles.decorator';
import { EventMailService } from './event-mail.service';
import { MetricsCollector } from './metrics.collector';
import { CatcherQuery, NotificationQuery, ReminderPolicyDto } from './reminders.dto';

@ApiTags('reminders')
@ApiBearerAuth()
@Controller()
export class RemindersController {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly mail: EventMailService,
    private readonly metrics: MetricsCollector,
    private readonly auth: AuthService,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The policy in force: the admin's, or the DOMAIN.md defaults. `sendWindow: null` follows REMINDER_WINDOW. */
  @Roles('admin')
  @Get('reminder-policy')
  async policy(): Promise<ReminderPolicy & { effectiveWindow: string; updatedAt: Date | null }> {
    const rows: { policy: ReminderPolicy; updated_at: Date }[] = await this.db.query('SELECT policy, updated_at FROM reminder_settings WHERE id = 1');
    const policy = { ...DEFAULT_REMINDER_POLICY, ...(rows[0]?.policy ?? {}) };
    return { ...policy, effectiveWindow: policy.sendWindow ?? this.config.reminderWindow ?? 'any', updatedAt: rows[0]?.updated_at ?? null };
  }

  @Roles('admin')
  @Put('reminder-policy')
  async savePolicy(@Body() dto: ReminderPolicyDto, @Me() me: CurrentUser) {
    const policy: ReminderPolicy = { ...dto, sendWindow: dto.sendWindow ?? null, beforeDays: [...new Set(dto.beforeDays)].sort((a, b) => b - a) };
    const problems = validatePolicy(policy);
    if (problems.length) throw new BadRequestException(problems);
    await this.db.transaction(async (m) => {
      const before = await m.query('SELECT policy FROM reminder_settings WHERE id = 1');
      await m.query(
        `INSERT INTO reminder_settings (id, policy, updated_by_id, updated_at) VALUES (1, $1, $2, now())
         ON CONFLICT (id) DO UPDATE SET policy = EXCLUDED.policy, updated_by_id = EXCLUDED.updated_by_id, updated_at = now()`,
        [JSON.stringify(policy), me.id],
      );
      await replanReminders(m);
      await this.audit.record(m, { actorId: me.id, action: 'reminder_policy.update', entity: 'reminder_policy', entityId: '1', before: before[0]?.policy ?? null, after: policy });
    });
    return this.policy();
  }

  /** The outbox, newest first: `?status=failed` is what an admin watches. */
  @Roles('admin')
  @Get('notifications')
  async notifications(@Query() q: NotificationQuery) {
    const where = q.status ? 'WHERE n.status = $3' : '';
    const params: unknown[] = [q.pageSize, (q.page - 1) * q.pageSize, ...(q.status ? [q.status] : [])];
    const rows: Record<string, unknown>[] = await this.db.query(
      `SELECT n.id, n.kind, n.key, n.recipient_email AS "recipientEmail", n.recipient_name AS "recipientName", n.status, n.subject,
              n.last_error AS error, n.attempts, n.sent_at AS "sentAt", n.send_after AS "sendAfter", n.created_at AS "createdAt",
              (SELECT string_agg(DISTINCT i->>'step', ', ') FROM jsonb_array_elements(n.items) i) AS step,
              (SELECT json_agg(DISTINCT i->>'taskId') FROM jsonb_array_elements(n.items) i) AS "taskIds",
              count(*) OVER () AS total
         FROM notifications n ${where}
        ORDER BY n.created_at DESC, n.id LIMIT $1 OFFSET $2`,
      params,
    );
    const total = rows.length ? Number(rows[0].total) : 0;
    return { items: rows.map(({ total: _t, ...r }) => ({ ...r, taskIds: r.taskIds ?? [] })), total, page: q.page, pageSize: q.pageSize };
  }

  /**
   * Sends a mail again (after a permanent failure was fixed, or on request): back to pending, queued
   * under a new job id. A digest held for its window goes at once.
   */
  @Roles('admin')
  @Post('notifications/:id/resend')
  @HttpCode(202)
  async resend(@Param('id', ParseUUIDPipe) id: string, @Me() me: CurrentUser) {
    const rows = returned<{ id: string; key: string; generation: number; status: string }>(await this.db.query(
      `UPDATE notifications SET status = 'pending', attempts = 0, last_error = NULL, locked_until = NULL, send_after = NULL, generation = generation + 1, updated_at = now()
        WHERE id = $1 AND status <> 'sending' RETURNING id, key, generation, status`,
      [id],
    ));
    if (!rows.length) {
      const exists = await this.db.query('SELECT status FROM notifications WHERE id = $1', [id]);
      if (!exists.length) throw new NotFoundException('Không tìm thấy thư');
      throw new ConflictException('Thư đang được gửi');
    }
    await this.audit.record(this.db.manager, { actorId: me.id, action: 'notification.resend', entity: 'notification', entityId: id, after: { at: this.clock.now() } });
    await this.mail.enqueueAgain(rows[0]);
    return { id, status: 'pending' };
  }

  /** The built-in catcher (mail kept in the database when SMTP_URL is not set), newest first. */
  @Roles('admin')
  @Get('mail-catcher')
  async caught(@Query() q: CatcherQuery) {
    const rows: Record<string, unknown>[] = await this.db.query(
      `SELECT id, "to", subject, html, text, created_at AS "createdAt", notification_id AS "notificationId", count(*) OVER () AS total
         FROM caught_mails ORDER BY created_at DESC, id LIMIT $1 OFFSET $2`,
      [q.pageSize, (q.page - 1) * q.pageSize],
    );
    const total = rows.length ? Number(rows[0].total) : 0;
    return { items: rows.map(({ total: _t, ...r }) => r), total, page: q.page, pageSize: q.pageSize, smtpConfigured: this.config.smtpUrl !== null };
  }

  /**
   * Prometheus text. Scrapers send `Authorization: Bearer <METRICS_TOKEN>`; without a token set,
   * an admin's sign-in is needed. (The worker serves its own counters on WORKER_HEALTH_PORT.)
   */
  @Public()
  @Get('metrics')
  async metricsText(@Headers('authorization') authorization: string | undefined, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    const token = bearerToken({ authorization });
    if (!token) throw new UnauthorizedException('Cần METRICS_TOKEN hoặc đăng nhập quản trị');
    if (!(this.config.metricsToken && sameSecret(token, this.config.metricsToken))) {
      const user = await this.auth.userForToken(token);
      if (!user) throw new UnauthorizedException('Phiên đăng nhập không hợp lệ hoặc đã hết hạn');
      if (user.role !== 'admin') throw new ForbiddenException('Bạn không có quyền thực hiện thao tác này');
    }
    void reply.header('content-type', this.metrics.contentType);
    return this.metrics.text();
  }
}
