import { Type } from 'class-transformer';
import {
  ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsNumber, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateNested,
} from 'class-validator';
import { RECURRENCES, type Recurrence } from '@dondoc/domain';
import { IsIsoDate } from '../common/is-iso-date';

/*
 * The draft of a directive: what the parser returns and what the clerk sends back after editing.
 * One shape for both, so the parser's output, unchanged, is a valid body for POST /api/directives.
 */

export class SourceRangeDto {
  @IsInt() @Min(0) start!: number;
  @IsInt() @Min(0) end!: number;
}

export class CoordinatingDto {
  @IsString() @MaxLength(500) text!: string;
  @IsOptional() @IsUUID() unitId!: string | null;
}

export class UnitSuggestionDto {
  @IsUUID() unitId!: string;
  @IsString() @MaxLength(255) name!: string;
}

/** The parser's confidence in a part of the draft and why it doubts it; read by the review, not stored. */
export class DoubtDto {
  @IsOptional() @IsNumber() @Min(0) @Max(1) confidence?: number;

  @IsOptional() @IsArray() @ArrayMaxSize(20) @IsString({ each: true }) @MaxLength(300, { each: true })
  reasons?: string[];
}

export class TaskDraftDto extends DoubtDto {
  @IsString() @MaxLength(20000) text!: string;

  @IsOptional() @IsIsoDate() deadline!: string | null;

  @IsOptional() @IsString() @MaxLength(1000) deadlineText!: string | null;

  @IsOptional() @IsArray() @ArrayMaxSize(100) @ValidateNested({ each: true }) @Type(() => CoordinatingDto)
  coordinating!: CoordinatingDto[];

  @IsOptional() @IsIn(RECURRENCES) recurrence!: Recurrence | null;

  @IsOptional() @IsString() @MaxLength(1000) recurrenceText!: string | null;

  /**
   * A recurring duty's due day in each period: of the week for a weekly one (1 = Monday … 7 =
   * Sunday), else of the period's last month (`trước ngày 20 hằng tháng`: 20). Absent: the period's last day.
   */
  @IsOptional() @IsInt() @Min(1) @Max(31) recurrenceDay?: number | null;

  /** The last day of a recurring duty (`đến hết năm 2025`: 2025-12-31); absent: until the clerk stops it. */
  @IsOptional() @IsIsoDate() recurrenceEndsOn?: string | null;

  @IsOptional() @ValidateNested() @Type(() => SourceRangeDto) range?: SourceRangeDto | null;

  @IsOptional() @ValidateNested() @Type(() => SourceRangeDto) deadlineRange?: SourceRangeDto | null;
}

export class AssignmentDraftDto extends DoubtDto {
  @IsString() @MaxLength(2000) unitText!: string;

  @IsArray() @ArrayMaxSize(5000) @IsUUID('all', { each: true }) unitIds!: string[];

  @IsOptional() @IsBoolean() group!: boolean;

  @IsOptional() @IsArray() @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => UnitSuggestionDto)
  suggestions?: UnitSuggestionDto[];

  @IsOptional() @IsArray() @ArrayMaxSize(100) @ValidateNested({ each: true }) @Type(() => CoordinatingDto)
  coordinating!: CoordinatingDto[];

  @IsOptional() @ValidateNested() @Type(() => SourceRangeDto) range?: SourceRangeDto | null;

  @IsArray() @ArrayMaxSize(500) @ValidateNested({ each: true }) @Type(() => TaskDraftDto)
  tasks!: TaskDraftDto[];
}

export class DraftRangesDto {
  @IsOptional() @ValidateNested() @Type(() => SourceRangeDto) number?: SourceRangeDto;
  @IsOptional() @ValidateNested() @Type(() => SourceRangeDto) date?: SourceRangeDto;
  @IsOptional() @ValidateNested() @Type(() => SourceRangeDto) title?: SourceRangeDto;
  @IsOptional() @ValidateNested() @Type(() => SourceRangeDto) signer?: SourceRangeDto;
}

export class DirectiveDraftDto {
  @IsOptional() @IsString() @MaxLength(32) number!: string | null;
  @IsOptional() @IsString() @MaxLength(64) symbol!: string | null;
  @IsOptional() @IsString() @MaxLength(64) docType!: string | null;
  @IsOptional() @IsString() @MaxLength(255) issuer!: string | null;
  @IsOptional() @IsIsoDate() date!: string | null;
  @IsOptional() @IsString() @MaxLength(255) dateText?: string | null;
  @IsOptional() @IsString() @MaxLength(5000) title!: string | null;
  @IsOptional() @IsString() @MaxLength(255) signer!: string | null;

  @IsOptional() @IsArray() @ArrayMaxSize(200) @IsString({ each: true }) @MaxLength(1000, { each: true })
  recipients?: string[];

  @IsOptional() @ValidateNested() @Type(() => DraftRangesDto) ranges?: DraftRangesDto;

  @IsArray() @ArrayMaxSize(500) @ValidateNested({ each: true }) @Type(() => AssignmentDraftDto)
  assignments!: AssignmentDraftDto[];

  /** The notice's text as pasted, kept so a task can show the paragraph it came from. */
  @IsOptional() @IsString() @MaxLength(2_000_000) sourceText?: string | null;

  @IsOptional() @IsUUID() leaderInChargeId?: string | null;
  @IsOptional() @IsUUID() clerkId?: string | null;
}

export class ParseRequestDto {
  @IsString() @MaxLength(10_000_000) text!: string;

  /** The clerk's date for a document whose date is blank; deadlines "in 15 days" count from it. */
  @IsOptional() @IsIsoDate() date?: string;
}
