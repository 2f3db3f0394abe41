import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Max, MaxLength, Min } from 'class-validator';
import { RECURRENCES, type Recurrence } from '@dondoc/domain';
import { IsIsoDate } from '../common/is-iso-date';

/*
 * Corrections of a published directive. Only what is sent changes; null clears a field (a number
 * entered by mistake). `version` is the one the person saw: 409 when the directive moved on.
 */

export class DirectiveHeaderCorrectionDto {
  @ApiPropertyOptional({ type: String, nullable: true }) @IsOptional() @IsString() @MaxLength(32) number?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) @IsOptional() @IsString() @MaxLength(64) symbol?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) @IsOptional() @IsString() @MaxLength(64) docType?: string | null;
  @ApiPropertyOptional({ type: String, format: 'date', nullable: true }) @IsOptional() @IsIsoDate() date?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) @IsOptional() @IsString() @MaxLength(5000) title?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) @IsOptional() @IsString() @MaxLength(255) signer?: string | null;
  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'Another leader in charge (an active leader), who takes the open tasks and is told by mail; null: none, the chairman decides',
  })
  @IsOptional()
  @IsUUID()
  leaderInChargeId?: string | null;
  @ApiPropertyOptional({ minLength: 1, maxLength: 5000 }) @IsOptional() @IsString() @Length(1, 5000) reason?: string;
  @ApiPropertyOptional({ type: 'integer', minimum: 1, description: 'The version the person saw; 409 when the directive has moved on' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}

/** A task the published directive lacked: one lead unit, its coordinating units, its deadline. */
export class NewTaskDto {
  @ApiProperty({ minLength: 1, maxLength: 20000 }) @IsString() @Length(1, 20000) text!: string;
  @ApiProperty({ format: 'uuid' }) @IsUUID() leadUnitId!: string;
  @ApiPropertyOptional({ type: [String], maxItems: 100 })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  coordinatingUnitIds?: string[];
  @ApiPropertyOptional({ type: String, format: 'date', nullable: true, description: 'null or left out: a standing task' })
  @IsOptional()
  @IsIsoDate()
  deadline?: string | null;
  @ApiPropertyOptional({ maxLength: 1000 }) @IsOptional() @IsString() @MaxLength(1000) deadlineText?: string;
  /** A recurring duty, made a series as at publication; its own deadline is then not used. */
  @ApiPropertyOptional({ enum: RECURRENCES, enumName: 'Recurrence', nullable: true }) @IsOptional() @IsIn(RECURRENCES) recurrence?: Recurrence | null;
  @ApiPropertyOptional({ type: String, maxLength: 1000, nullable: true }) @IsOptional() @IsString() @MaxLength(1000) recurrenceText?: string | null;
  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    maximum: 31,
    nullable: true,
    description: "The due day in each period, as in a draft's task; absent: the period's last day",
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(31)
  recurrenceDay?: number | null;
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 12, nullable: true, description: "A yearly duty's month of the due day; absent: December" })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(12)
  recurrenceMonth?: number | null;
  @ApiPropertyOptional({ type: String, format: 'date', nullable: true, description: "The duty's last day; absent: until stopped" })
  @IsOptional()
  @IsIsoDate()
  recurrenceEndsOn?: string | null;
  @ApiPropertyOptional({ minLength: 1, maxLength: 5000 }) @IsOptional() @IsString() @Length(1, 5000) reason?: string;
  @ApiPropertyOptional({ type: 'integer', minimum: 1, description: 'The version the person saw; 409 when the directive has moved on' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}
