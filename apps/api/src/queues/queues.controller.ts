import { Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Me, type CurrentUser } from '../common/current-user';
import { Roles } from '../common/roles.decorator';
import { AdminQueuesService } from './admin-queues.service';
import { BOARD_SESSION_SECONDS, BoardSessionsService } from './board-sessions.service';
import { BOARD_COOKIE, BOARD_PATH } from './queue-board';

@ApiTags('queues')
@ApiBearerAuth()
@Roles('admin')
@Controller('admin/queues')
export class QueuesController {
  constructor(
    private readonly queues: AdminQueuesService,
    private readonly sessions: BoardSessionsService,
  ) {}

  /** Jobs per state in each queue the worker consumes. */
  @Get()
  counts() {
    return this.queues.counts();
  }

  /** Opens Bull Board for this admin: a cookie that only /admin/queues receives and scripts cannot read. */
  @Post('session')
  @HttpCode(200)
  async session(@Me() me: CurrentUser, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    reply.setCookie(BOARD_COOKIE, await this.sessions.issue(me), {
      path: BOARD_PATH,
      httpOnly: true,
      sameSite: 'strict',
      // Offices often serve plain HTTP on their network, where a Secure cookie would never come back.
      secure: request.protocol === 'https',
      maxAge: BOARD_SESSION_SECONDS,
    });
    return { url: `${BOARD_PATH}/`, expiresInSeconds: BOARD_SESSION_SECONDS };
  }
}
