import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { EventMailService } from './event-mail.service';
import { MetricsCollector } from './metrics.collector';
import { RemindersController } from './reminders.controller';

/** Reminder policy, the outbox and its resend, the mail catcher, metrics, event mail for the other modules. */
@Module({
  imports: [AuthModule],
  controllers: [RemindersController],
  providers: [EventMailService, MetricsCollector],
  exports: [EventMailService],
})
export class RemindersModule {}
