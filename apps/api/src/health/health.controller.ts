import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { Redis } from 'ioredis';
import { REDIS } from '@dondoc/config';
import { DatabaseHealth } from '@dondoc/database';
import { pingRedis } from '@dondoc/queue';
import { Public } from '../common/roles.decorator';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly database: DatabaseHealth,
    @Inject(REDIS) private readonly redis: Redis,
  ) {}

  /** 200 when PostgreSQL and Redis both answer, 503 naming the one that does not. */
  @Public()
  @Get()
  async health(@Res({ passthrough: true }) reply: FastifyReply) {
    const [postgres, redis] = await Promise.all([this.database.answers(), pingRedis(this.redis)]);
    const ok = postgres && redis;
    void reply.status(ok ? 200 : 503);
    return { status: ok ? 'ok' : 'error', details: { postgres: postgres ? 'up' : 'down', redis: redis ? 'up' : 'down' } };
  }
}
