import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, ValidateIf } from 'class-validator';
import { NOTIFICATION_STATUSES } from '@dondoc/database';
import { MAX_POLICY_DAYS } from './reminders.constants';

/** The reminder policy as an admin sends it (every field; GET gives the current one to edit). */
export class ReminderPolicyDto {
  @IsArray() @ArrayMaxSize(5) @IsInt({ each: true }) @Min(1, { each: true }) @Max(MAX_POLICY_DAYS, { each: true })
  beforeDays!: number[];

  @IsBoolean() dueDay!: boolean;
  @IsInt() @Min(1) @Max(MAX_POLICY_DAYS) overdueAfter!: number;
  @IsInt() @Min(0) @Max(MAX_POLICY_DAYS) overdueRepeatEvery!: number;
  @IsBoolean() notifyClerk!: boolean;
  @IsInt() @Min(0) @Max(MAX_POLICY_DAYS) escalateAfter!: number;
  @IsInt() @Min(0) @Max(MAX_POLICY_DAYS) escalateRepeatEvery!: number;
  @IsInt() @Min(0) @Max(MAX_POLICY_DAYS) chairmanAfter!: number;

  @IsOptional() @ValidateIf((_, v) => v !== null) @IsString() @Matches(/^(any|([01]\d|2[0-3]):[0-5]\d)$/)
  sendWindow!: string | null;

  @IsBoolean() weeklySummary!: boolean;

  /** Omitted by a client that does not know it: the saved value stays. */
  @IsOptional() @IsInt() @Min(1) @Max(10) dueSoonWorkingDays?: number;
}

export class NotificationQuery {
  @IsOptional() @IsIn(NOTIFICATION_STATUSES) status?: string;
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) page: number = 1;
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(200) pageSize: number = 50;
}

export class CatcherQuery {
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) page: number = 1;
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(200) pageSize: number = 50;
}
