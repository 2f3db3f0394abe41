import { Body, Controller, Delete, Get, HttpCode, Param, ParseIntPipe, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsOptional, IsString, IsUrl, Length, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { IsIsoDate } from '../common/is-iso-date';
import { Me, type CurrentUser } from '../common/current-user';
import { Roles } from '../common/roles.decorator';
import { CalendarService } from './calendar.service';

class YearQuery {
  @Type(() => Number) @IsInt() @Min(2000) @Max(2100)
  year!: number;
}

class CalendarDayDto {
  @IsIsoDate()
  date!: string;

  @IsIn(['day_off', 'working_day'])
  kind!: 'day_off' | 'working_day';

  @IsString() @Length(1, 255)
  name!: string;
}

class AnnouncementSourceDto {
  @IsString() @Length(1, 500)
  title!: string;

  @IsOptional() @IsUrl({ require_protocol: true }) @MaxLength(2000)
  url: string | null = null;

  @IsOptional() @IsString() @MaxLength(255)
  covers: string = '';
}

/** A year's announcement: its days as a table (one line each: date or span, then the name) and where it was announced. */
class YearImportDto {
  @IsString() @Length(1, 20_000)
  table!: string;

  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => AnnouncementSourceDto)
  sources!: AnnouncementSourceDto[];
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
  holidays(@Query() q: YearQuery) {
    return this.calendars.year(q.year);
  }

  @Post('days')
  @Roles('admin')
  addDay(@Body() dto: CalendarDayDto, @Me() me: CurrentUser) {
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
  importYear(@Param('year', ParseIntPipe) year: number, @Body() dto: YearImportDto, @Me() me: CurrentUser) {
    return this.calendars.importYear(year, { table: dto.table, sources: dto.sources.map((s) => ({ title: s.title, url: s.url, covers: s.covers })) }, me);
  }
}
