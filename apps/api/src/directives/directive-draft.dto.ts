import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsNumber, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { RECURRENCES, type Recurrence } from '@dondoc/domain';
import { IsIsoDate } from '../common/is-iso-date';

/*
 * The draft of a directive: what the parser returns and what the clerk sends back after editing.
 * One shape for both, so the parser's output, unchanged, is a valid body for POST /api/directives.
 */

export class SourceRangeDto {
  @ApiProperty({ type: 'integer', minimum: 0 }) @IsInt() @Min(0) start!: number;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Exclusive' }) @IsInt() @Min(0) end!: number;
}

export class CoordinatingDto {
  @ApiProperty({ maxLength: 500 }) @IsString() @MaxLength(500) text!: string;
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'null: not resolved to a unit' }) @IsOptional() @IsUUID() unitId!:
    string | null;
}

export class UnitSuggestionDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() unitId!: string;
  @ApiProperty({ maxLength: 255 }) @IsString() @MaxLength(255) name!: string;
}

/** The parser's confidence in a part of the draft and why it doubts it; read by the review, not stored. */
export class DoubtDto {
  @ApiPropertyOptional({ minimum: 0, maximum: 1 }) @IsOptional() @IsNumber() @Min(0) @Max(1) confidence?: number;

  @ApiPropertyOptional({ type: [String], maxItems: 20 })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(300, { each: true })
  reasons?: string[];
}

export class TaskDraftDto extends DoubtDto {
  @ApiProperty({ maxLength: 20000 }) @IsString() @MaxLength(20000) text!: string;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true }) @IsOptional() @IsIsoDate() deadline!: string | null;

  @ApiPropertyOptional({ type: String, maxLength: 1000, nullable: true }) @IsOptional() @IsString() @MaxLength(1000) deadlineText!: string | null;

  @ApiPropertyOptional({ type: [CoordinatingDto], maxItems: 100 })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => CoordinatingDto)
  coordinating!: CoordinatingDto[];

  @ApiPropertyOptional({ enum: RECURRENCES, enumName: 'Recurrence', nullable: true }) @IsOptional() @IsIn(RECURRENCES) recurrence!: Recurrence | null;

  @ApiPropertyOptional({ type: String, maxLength: 1000, nullable: true }) @IsOptional() @IsString() @MaxLength(1000) recurrenceText!: string | null;

  /**
   * A recurring duty's due day in each period: of the week for a weekly one (1 = Monday … 7 =
   * Sunday), else of the period's last month (`trước ngày 20 hằng tháng`: 20). Absent: the period's last day.
   */
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 31, nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(31) recurrenceDay?: number | null;

  /**
   * A yearly duty's month of the due day (`trước ngày 31/3 hằng năm`: 3; `trước ngày 15/12`: 12).
   * Absent: December. Ignored for other duties.
   */
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 12, nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(12) recurrenceMonth?: number | null;

  /** The last day of a recurring duty (`đến hết năm 2025`: 2025-12-31); absent: until the clerk stops it. */
  @ApiPropertyOptional({ type: String, format: 'date', nullable: true }) @IsOptional() @IsIsoDate() recurrenceEndsOn?: string | null;

  @ApiPropertyOptional({ type: SourceRangeDto, nullable: true }) @IsOptional() @ValidateNested() @Type(() => SourceRangeDto) range?: SourceRangeDto | null;

  @ApiPropertyOptional({ type: SourceRangeDto, nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => SourceRangeDto)
  deadlineRange?: SourceRangeDto | null;
}

export class AssignmentDraftDto extends DoubtDto {
  @ApiProperty({ maxLength: 2000 }) @IsString() @MaxLength(2000) unitText!: string;

  @ApiProperty({ type: [String], maxItems: 5000 }) @IsArray() @ArrayMaxSize(5000) @IsUUID('all', { each: true }) unitIds!: string[];

  @ApiPropertyOptional({ description: 'A group of units (every school ...): each member gets its own task' }) @IsOptional() @IsBoolean() group!: boolean;

  @ApiPropertyOptional({ type: [UnitSuggestionDto], maxItems: 20 })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => UnitSuggestionDto)
  suggestions?: UnitSuggestionDto[];

  @ApiPropertyOptional({ type: [CoordinatingDto], maxItems: 100 })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => CoordinatingDto)
  coordinating!: CoordinatingDto[];

  @ApiPropertyOptional({ type: SourceRangeDto, nullable: true }) @IsOptional() @ValidateNested() @Type(() => SourceRangeDto) range?: SourceRangeDto | null;

  @ApiProperty({ type: [TaskDraftDto], maxItems: 500 })
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => TaskDraftDto)
  tasks!: TaskDraftDto[];
}

export class DraftRangesDto {
  @ApiPropertyOptional({ type: SourceRangeDto, nullable: true }) @IsOptional() @ValidateNested() @Type(() => SourceRangeDto) number?: SourceRangeDto | null;
  @ApiPropertyOptional({ type: SourceRangeDto, nullable: true }) @IsOptional() @ValidateNested() @Type(() => SourceRangeDto) date?: SourceRangeDto | null;
  @ApiPropertyOptional({ type: SourceRangeDto, nullable: true }) @IsOptional() @ValidateNested() @Type(() => SourceRangeDto) title?: SourceRangeDto | null;
  @ApiPropertyOptional({ type: SourceRangeDto, nullable: true }) @IsOptional() @ValidateNested() @Type(() => SourceRangeDto) signer?: SourceRangeDto | null;
}

export class DirectiveDraftDto {
  @ApiPropertyOptional({ type: String, maxLength: 32, nullable: true }) @IsOptional() @IsString() @MaxLength(32) number!: string | null;
  @ApiPropertyOptional({ type: String, maxLength: 64, nullable: true }) @IsOptional() @IsString() @MaxLength(64) symbol!: string | null;
  @ApiPropertyOptional({ type: String, maxLength: 64, nullable: true }) @IsOptional() @IsString() @MaxLength(64) docType!: string | null;
  @ApiPropertyOptional({ type: String, maxLength: 255, nullable: true }) @IsOptional() @IsString() @MaxLength(255) issuer!: string | null;
  @ApiPropertyOptional({ type: String, format: 'date', nullable: true }) @IsOptional() @IsIsoDate() date!: string | null;
  @ApiPropertyOptional({ type: String, maxLength: 255, nullable: true }) @IsOptional() @IsString() @MaxLength(255) dateText?: string | null;
  @ApiPropertyOptional({ type: String, maxLength: 5000, nullable: true }) @IsOptional() @IsString() @MaxLength(5000) title!: string | null;
  @ApiPropertyOptional({ type: String, maxLength: 255, nullable: true }) @IsOptional() @IsString() @MaxLength(255) signer!: string | null;

  @ApiPropertyOptional({ type: [String], maxItems: 200 })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @IsString({ each: true })
  @MaxLength(1000, { each: true })
  recipients?: string[];

  @ApiPropertyOptional({ type: DraftRangesDto }) @IsOptional() @ValidateNested() @Type(() => DraftRangesDto) ranges?: DraftRangesDto;

  @ApiProperty({ type: [AssignmentDraftDto], maxItems: 500 })
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => AssignmentDraftDto)
  assignments!: AssignmentDraftDto[];

  /** The notice's text as pasted, kept so a task can show the paragraph it came from. */
  @ApiPropertyOptional({ type: String, nullable: true }) @IsOptional() @IsString() @MaxLength(2_000_000) sourceText?: string | null;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true }) @IsOptional() @IsUUID() leaderInChargeId?: string | null;
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true }) @IsOptional() @IsUUID() clerkId?: string | null;
}

export class ParseRequestDto {
  @ApiProperty({ description: 'The notice as pasted' }) @IsString() @MaxLength(10_000_000) text!: string;

  /** The clerk's date for a document whose date is blank; deadlines "in 15 days" count from it. */
  @ApiPropertyOptional({ format: 'date' }) @IsOptional() @IsIsoDate() date?: string;
}
