import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Max, MaxLength, Min } from 'class-validator';
import { TASK_STATUSES, TIMELINESS, type TaskStatus, type Timeliness } from '@dondoc/domain';
import { IsIsoDate } from '../common/is-iso-date';
import { PageQuery } from '../common/pagination';

export class TaskListQuery extends PageQuery {
  @IsOptional() @IsUUID() unitId?: string;
  @IsOptional() @IsUUID() directiveId?: string;
  /** `subordinates`: a unit's head lists the tasks of the units under his unit, to follow them. */
  @IsOptional() @IsIn(['subordinates']) scope?: 'subordinates';
  @IsOptional() @IsIn(TASK_STATUSES) status?: TaskStatus;
  @IsOptional() @IsIn(TIMELINESS) timeliness?: Timeliness;
  @IsOptional() @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value)) @IsString() @MaxLength(200) q?: string;
  @IsOptional() @IsIsoDate() dueFrom?: string;
  @IsOptional() @IsIsoDate() dueTo?: string;
}

/**
 * What a unit reports: progress, a note, and at most the unit's own status moves. The numbers are
 * also read from text, as a multipart form (a report with files) sends every field as text.
 */
export class TaskUpdateDto {
  @IsOptional() @Type(() => Number) @IsInt() @Min(0) @Max(100) progress?: number;
  @IsOptional() @IsString() @Length(1, 5000) note?: string;
  @IsOptional() @IsIn(['in_progress', 'submitted']) status?: 'in_progress' | 'submitted';
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) version?: number;
}

export class TaskDecisionDto {
  @ApiPropertyOptional({ minLength: 1, maxLength: 5000 }) @IsOptional() @IsString() @Length(1, 5000) note?: string;
  @ApiPropertyOptional({ type: 'integer', minimum: 1, description: 'The version the person saw; 409 when the task has moved on' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}

export class TaskReasonDto {
  @ApiProperty({ minLength: 1, maxLength: 5000 }) @IsString() @Length(1, 5000) reason!: string;
  @ApiPropertyOptional({ type: 'integer', minimum: 1, description: 'The version the person saw; 409 when the task has moved on' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}

/**
 * A correction of a published task: what it says, who leads it, its deadline (null: a standing
 * task). Only what is sent changes; the reason goes into the deadline history, the timeline and the mail.
 */
export class TaskCorrectionDto {
  @ApiPropertyOptional({ minLength: 1, maxLength: 5000 }) @IsOptional() @IsString() @Length(1, 5000) text?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() leadUnitId?: string;
  @ApiPropertyOptional({ type: String, format: 'date', nullable: true, description: 'The deadline the corrected document gives; null for a standing task' })
  @IsOptional()
  @IsIsoDate()
  deadline?: string | null;
  @ApiPropertyOptional({ maxLength: 255 }) @IsOptional() @IsString() @MaxLength(255) deadlineText?: string;
  @ApiPropertyOptional({ minLength: 1, maxLength: 5000 }) @IsOptional() @IsString() @Length(1, 5000) reason?: string;
  @ApiPropertyOptional({ type: 'integer', minimum: 1, description: 'The version the person saw; 409 when the task has moved on' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}

export class ExtensionRequestDto {
  @ApiProperty({ format: 'date', description: 'The deadline asked for' }) @IsIsoDate() deadline!: string;
  @ApiProperty({ minLength: 1, maxLength: 5000 }) @IsString() @Length(1, 5000) reason!: string;
}

export class ExtensionDecisionDto {
  @ApiProperty() @IsBoolean() approve!: boolean;
  @ApiPropertyOptional({ minLength: 1, maxLength: 5000 }) @IsOptional() @IsString() @Length(1, 5000) note?: string;
  /** The deadline granted, when the leader grants another date than the one asked for. */
  @ApiPropertyOptional({ format: 'date', description: 'On approval: the deadline granted, when other than the one asked for' })
  @IsOptional()
  @IsIsoDate()
  deadline?: string;
}

export class ExtensionListQuery extends PageQuery {
  @IsOptional() @IsIn(['pending', 'approved', 'rejected']) status?: 'pending' | 'approved' | 'rejected';
}
