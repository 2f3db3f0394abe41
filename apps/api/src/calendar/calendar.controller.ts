import { Body, Controller, Delete, Get, HttpCode, Param, ParseIntPipe, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsOptional, IsString, IsUrl, Length, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { IsIsoDate } from '../common/is-iso-date';
import { Me, type CurrentUser } from '../common/current-user';
import { Roles } from '../common/roles.decorator';
import { CalendarService } from './calendar.service';

class YearQuery {
  @ApiProperty({ type: 'integer', minimum: 2000, maximum: 2100 })
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;
}

const DAY_KIND = { enum: ['day_off', 'working_day'], enumName: 'CalendarDayKind' } as const;

/** A day the admin sets by hand: an extra day off, or a weekend day made a working day by a swap. */
class CalendarDayDto {
  @ApiProperty({ format: 'date' })
  @IsIsoDate()
  date!: string;

  @ApiProperty(DAY_KIND)
  @IsIn(['day_off', 'working_day'])
  kind!: 'day_off' | 'working_day';

  @ApiProperty({ minLength: 1, maxLength: 255 })
  @IsString()
  @Length(1, 255)
  name!: string;
}

class AnnouncementSourceDto {
  @ApiProperty({ minLength: 1, maxLength: 500 })
  @IsString()
  @Length(1, 500)
  title!: string;

  @ApiPropertyOptional({ type: String, format: 'uri', maxLength: 2000, nullable: true })
  @IsOptional()
  @IsUrl({ require_protocol: true })
  @MaxLength(2000)
  url: string | null = null;

  @ApiPropertyOptional({ maxLength: 255, description: 'What of the year it announces' })
  @IsOptional()
  @IsString()
  @MaxLength(255)
  covers: string = '';
}

/** A year's announcement: its days as a table (one line each: date or span, then the name) and where it was announced. */
class YearImportDto {
  @ApiProperty({ minLength: 1, maxLength: 20_000 })
  @IsString()
  @Length(1, 20_000)
  table!: string;

  @ApiProperty({ type: [AnnouncementSourceDto], minItems: 1, maxItems: 20 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => AnnouncementSourceDto)
  sources!: AnnouncementSourceDto[];
}

class CalendarDayView extends CalendarDayDto {
  @ApiProperty({ enum: ['official', 'admin'], description: "official: the government's announcement; admin: set by an admin here" })
  origin!: 'official' | 'admin';
}

/** Where a year's days were announced, as kept. */
class CalendarSourceView {
  @ApiProperty() title!: string;
  @ApiProperty({ type: String, nullable: true }) url!: string | null;
  @ApiProperty() covers!: string;
}

class DayOffView {
  @ApiProperty({ format: 'date' }) date!: string;
  @ApiProperty() name!: string;
}

class CalendarYearView {
  @ApiProperty({ type: 'integer' }) year!: number;
  @ApiProperty({ description: "The year's days off are the government's announcement; false: computed by the rule, no announcement known" })
  official!: boolean;
  @ApiProperty({ type: [CalendarSourceView] }) sources!: CalendarSourceView[];
  @ApiProperty({ type: [String], description: 'Holidays of an announced year still without an announcement' }) missing!: string[];
  @ApiProperty({ type: [DayOffView], description: 'Every weekday off of the year, whatever its origin' }) daysOff!: DayOffView[];
  @ApiProperty({ type: [CalendarDayView], description: "The days set apart in the database, announced and the admin's" }) days!: CalendarDayView[];
}

@ApiTags('calendar')
@ApiBearerAuth()
@Controller('calendar')
export class CalendarController {
  constructor(private readonly calendars: CalendarService) {}

  /**
   * The year's days off and make-up days: the government's announcement when there is one
   * (`official`), else the rule's (statutory days and a compensatory day for each on a weekend), with the admin's days on top.
   */
  @Get('holidays')
  @ApiOkResponse({ type: CalendarYearView })
  holidays(@Query() query: YearQuery): Promise<CalendarYearView> {
    return this.calendars.year(query.year);
  }

  @Post('days')
  @Roles('admin')
  @ApiCreatedResponse({ type: CalendarDayDto })
  addDay(@Body() dto: CalendarDayDto, @Me() me: CurrentUser): Promise<CalendarDayDto> {
    return this.calendars.setDay(dto, me);
  }

  @Delete('days/:date')
  @Roles('admin')
  @HttpCode(204)
  async removeDay(@Param('date') date: string, @Me() me: CurrentUser): Promise<void> {
    await this.calendars.removeDay(date, me);
  }

  /** Imports a year's announced days, replacing the ones the year had (the admin's own stay). */
  @Put('years/:year')
  @Roles('admin')
  @ApiOkResponse({ type: CalendarYearView })
  importYear(@Param('year', ParseIntPipe) year: number, @Body() dto: YearImportDto, @Me() me: CurrentUser): Promise<CalendarYearView> {
    return this.calendars.importYear(year, { table: dto.table, sources: dto.sources.map((s) => ({ title: s.title, url: s.url, covers: s.covers })) }, me);
  }
}
