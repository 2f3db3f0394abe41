import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsString, Length, Max, Min } from 'class-validator';
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

@ApiTags('calendar')
@ApiBearerAuth()
@Controller('calendar')
export class CalendarController {
  constructor(private readonly calendars: CalendarService) {}

  /** The year's days off (statutory, compensatory and the admin's) and the admin's working-day swaps. */
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
}
