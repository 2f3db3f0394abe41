import { Body, Controller, ForbiddenException, Get, Headers, HttpCode, Inject, Param, Post, Put, Query, Res, UnauthorizedException } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiExtraModels, ApiOkResponse, ApiTags, getSchemaPath } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { APP_CONFIG, type AppConfig } from '@dondoc/config';
import { bearerToken } from '../auth/session';
import { AuthService } from '../auth/auth.service';
import { sameSecret } from '../auth/same-secret';
import { Me, type CurrentUser } from '../common/current-user';
import { ApiPageResponse, PageInfo, type Page } from '../common/pagination';
import { Public, Roles } from '../common/roles.decorator';
import { MetricsCollector } from './metrics.collector';
import {
  CatcherQuery,
  CaughtMailPageInfo,
  CaughtMailView,
  NotificationQuery,
  NotificationView,
  ReminderPolicyDto,
  ReminderPolicyView,
  ResendResult,
} from './reminders.dto';
import { RemindersService } from './reminders.service';
import { ParseId } from '../common/validation';
import { MAIL_PREVIEW_CSP } from '../common/content-security';

@ApiTags('reminders')
@ApiBearerAuth()
@Controller()
export class RemindersController {
  constructor(
    private readonly reminders: RemindersService,
    private readonly metrics: MetricsCollector,
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The policy in force: the admin's, or the defaults. `sendWindow: null` follows REMINDER_WINDOW. */
  @Roles('admin')
  @Get('reminder-policy')
  @ApiOkResponse({ type: ReminderPolicyView })
  policy(): Promise<ReminderPolicyView> {
    return this.reminders.policy();
  }

  @Roles('admin')
  @Put('reminder-policy')
  @ApiOkResponse({ type: ReminderPolicyView })
  savePolicy(@Body() dto: ReminderPolicyDto, @Me() me: CurrentUser): Promise<ReminderPolicyView> {
    return this.reminders.savePolicy(dto, me);
  }

  /** The outbox, newest first: `?status=failed` is what an admin watches. */
  @Roles('admin')
  @Get('notifications')
  @ApiPageResponse(NotificationView)
  notifications(@Query() query: NotificationQuery): Promise<Page<NotificationView>> {
    return this.reminders.notifications(query.page, query.pageSize, query.status);
  }

  /** Sends a mail again: back to pending, queued under a new job id (a held digest goes at once). */
  @Roles('admin')
  @Post('notifications/:id/resend')
  @HttpCode(202)
  @ApiAcceptedResponse({ type: ResendResult })
  resend(@Param('id', ParseId) id: string, @Me() me: CurrentUser): Promise<ResendResult> {
    return this.reminders.resend(id, me);
  }

  /** The built-in catcher (mail kept in the database when SMTP_URL is not set), newest first. */
  @Roles('admin')
  @Get('mail-catcher')
  @ApiExtraModels(PageInfo, CaughtMailPageInfo, CaughtMailView)
  @ApiOkResponse({
    schema: {
      allOf: [
        { $ref: getSchemaPath(PageInfo) },
        { $ref: getSchemaPath(CaughtMailPageInfo) },
        { type: 'object', required: ['items'], properties: { items: { type: 'array', items: { $ref: getSchemaPath(CaughtMailView) } } } },
      ],
    },
  })
  caught(@Query() query: CatcherQuery): Promise<Page<CaughtMailView> & CaughtMailPageInfo> {
    return this.reminders.caughtMails(query.page, query.pageSize);
  }

  /**
   * One caught mail's HTML as a page of its own, for the catcher's preview frame: under a policy
   * that lets the mail's inline styles show and nothing else run or load.
   */
  @Roles('admin')
  @Get('mail-catcher/:id/html')
  @ApiOkResponse({ description: 'text/html', schema: { type: 'string' } })
  async caughtHtml(@Param('id', ParseId) id: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    const html = await this.reminders.caughtMailHtml(id);
    reply.helmet({ contentSecurityPolicy: { directives: MAIL_PREVIEW_CSP } });
    void reply.header('content-type', 'text/html; charset=utf-8');
    return html;
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
