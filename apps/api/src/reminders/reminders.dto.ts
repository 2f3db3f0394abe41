import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, ValidateIf } from 'class-validator';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { NOTIFICATION_KINDS, NOTIFICATION_STATUSES, type NotificationKind, type NotificationStatus } from '@dondoc/database';
import { MAX_PAGE_SIZE, PageQuery } from '../common/pagination';
import { MAX_POLICY_DAYS } from './reminders.constants';

const days = (description: string, minimum: number) => ApiProperty({ type: 'integer', minimum, maximum: MAX_POLICY_DAYS, description });

/** The reminder policy as an admin sends it (every field; GET gives the current one to edit). Days are working days. */
export class ReminderPolicyDto {
  @ApiProperty({
    type: 'integer',
    isArray: true,
    maxItems: 5,
    minimum: 1,
    maximum: MAX_POLICY_DAYS,
    description: 'Reminders this many working days before the deadline, e.g. [5, 2]',
  })
  @IsArray()
  @ArrayMaxSize(5)
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(MAX_POLICY_DAYS, { each: true })
  beforeDays!: number[];

  @ApiProperty({ description: 'A reminder on the morning of the due date' })
  @IsBoolean()
  dueDay!: boolean;

  @days('The first overdue notice, this many working days after the deadline', 1)
  @IsInt()
  @Min(1)
  @Max(MAX_POLICY_DAYS)
  overdueAfter!: number;

  @days('Repeat the overdue notice every so many working days; 0: never', 0)
  @IsInt()
  @Min(0)
  @Max(MAX_POLICY_DAYS)
  overdueRepeatEvery!: number;

  @ApiProperty({ description: 'Tell the clerk who follows the task at the first overdue notice' })
  @IsBoolean()
  notifyClerk!: boolean;

  @days('Escalate to the leader in charge at this many working days overdue; 0: never', 0)
  @IsInt()
  @Min(0)
  @Max(MAX_POLICY_DAYS)
  escalateAfter!: number;

  @days('Repeat the escalation every so many working days; 0: never', 0)
  @IsInt()
  @Min(0)
  @Max(MAX_POLICY_DAYS)
  escalateRepeatEvery!: number;

  @days("Also tell the committee's head at this many working days overdue; 0: never", 0)
  @IsInt()
  @Min(0)
  @Max(MAX_POLICY_DAYS)
  chairmanAfter!: number;

  @ApiProperty({
    type: String,
    nullable: true,
    pattern: '^(any|([01]\\d|2[0-3]):[0-5]\\d)$',
    description: "'HH:mm' morning window, 'any': as soon as due, null: REMINDER_WINDOW",
  })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @Matches(/^(any|([01]\d|2[0-3]):[0-5]\d)$/)
  sendWindow!: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    pattern: '^([01]\\d|2[0-3]):[0-5]\\d$',
    description:
      "'HH:mm' the morning window closes (default 11:30): scheduled mail not sent by then waits for the next working morning; null: end of the day. Omitted: the saved value stays",
  })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @Matches(/^([01]\d|2[0-3]):[0-5]\d$/)
  sendWindowEnd?: string | null;

  @ApiProperty({ description: "The leaders' weekly summary on the first working day of the week" })
  @IsBoolean()
  weeklySummary!: boolean;

  /** Omitted by a client that does not know it: the saved value stays. */
  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    maximum: 10,
    description: 'A task is due soon within this many working days of its deadline (default 3)',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10)
  dueSoonWorkingDays?: number;

  /** Omitted by a client that does not know it: the saved value stays. */
  @ApiPropertyOptional({ description: "The clerk who follows a task may accept or return its work on the leader's behalf (default false)" })
  @IsOptional()
  @IsBoolean()
  clerkDecidesWork?: boolean;

  /** Omitted by a client that does not know it: the saved value stays. */
  @ApiPropertyOptional({
    description:
      'Urgent event mail (work returned, an extension refused) leaves at once, whatever the hour; false: it waits for the morning window like other mail (default true)',
  })
  @IsOptional()
  @IsBoolean()
  urgentEventsAtOnce?: boolean;
}

/** The policy in force, with what it resolves to; the two read-only fields are not sent back. */
export class ReminderPolicyView extends ReminderPolicyDto {
  @ApiProperty({ description: "The window mail goes out in: sendWindow, else REMINDER_WINDOW, else 'any'" })
  effectiveWindow!: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'null: the defaults, never saved' })
  updatedAt!: Date | null;
}

export class NotificationQuery extends PageQuery {
  @ApiPropertyOptional({ enum: NOTIFICATION_STATUSES, enumName: 'NotificationStatus' })
  @IsOptional()
  @IsIn(NOTIFICATION_STATUSES)
  status?: NotificationStatus;

  // The page's rules are PageQuery's; an admin's watch list shows more at once.
  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_SIZE, default: 50 })
  override pageSize: number = 50;
}

export class CatcherQuery extends PageQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_SIZE, default: 50 })
  override pageSize: number = 50;
}

/** A mail of the outbox. */
export class NotificationView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: NOTIFICATION_KINDS, enumName: 'NotificationKind' }) kind!: NotificationKind;
  @ApiProperty() key!: string;
  @ApiProperty({ type: String, nullable: true, description: 'Where it went when sent; planned: where its role led then (null: nobody held it)' })
  recipientEmail!: string | null;
  @ApiProperty({ type: String, nullable: true }) recipientName!: string | null;
  @ApiProperty({ enum: NOTIFICATION_STATUSES, enumName: 'NotificationStatus' }) status!: NotificationStatus;
  @ApiProperty({ type: String, nullable: true }) subject!: string | null;
  @ApiProperty({ type: String, nullable: true }) error!: string | null;
  @ApiProperty() attempts!: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) sentAt!: Date | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) sendAfter!: Date | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: Date;
  @ApiProperty({ type: String, nullable: true, description: 'The reminder steps the mail carries, e.g. "before-5, due"' }) step!: string | null;
  @ApiProperty({ type: [String] }) taskIds!: string[];
}

/** A mail the built-in catcher kept (SMTP_URL not set). */
export class CaughtMailView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: [String] }) to!: string[];
  @ApiProperty() subject!: string;
  @ApiProperty() html!: string;
  @ApiProperty() text!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: Date;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) notificationId!: string | null;
}

export class CaughtMailPageInfo {
  @ApiProperty({ description: 'false: mail is kept here instead of being sent' }) smtpConfigured!: boolean;
}

export class ResendResult {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ['pending'] }) status!: 'pending';
}
