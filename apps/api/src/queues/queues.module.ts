import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { AdminQueuesService } from './admin-queues.service';
import { BoardSessionsService } from './board-sessions.service';
import { QueuesController } from './queues.controller';

/** The admins' view of the worker's queues: counts per state, and Bull Board behind a session cookie (`mountQueueBoard`). */
@Module({
  imports: [AuthModule],
  controllers: [QueuesController],
  providers: [AdminQueuesService, BoardSessionsService],
})
export class QueuesModule {}
