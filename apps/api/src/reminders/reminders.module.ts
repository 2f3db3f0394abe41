import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { EventMailService } from './event-mail.service';
import { MetricsCollector } from './metrics.collector';
import { RemindersController } from './reminders.controller';
import { RemindersService } from './reminders.service';

/** Reminder policy, the outbox and its resend, the mail catcher, metrics, event mail for the other modules. */
@Module({
  imports: [AuthModule],
  controllers: [RemindersController],
  providers: [EventMailService, RemindersService, MetricsCollector],
  exports: [EventMailService],
})
export class RemindersModule {}
