import { Body, Controller, Delete, Get, HttpCode, NotFoundException, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsString, Length, Max, Min } from 'class-validator';
import { IsIsoDate } from '../common/is-iso-date';
import type { DataSource } from 'typeorm';
import { CalendarDay } from '@dondoc/database';
import { replanReminders } from '@dondoc/mail';
import { AuditService } from '../common/audit.service';
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
  constructor(
    private readonly calendars: CalendarService,
    private readonly audit: AuditService,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  /** The year's days off (statutory, compensatory and the admin's) and the admin's working-day swaps. */
  @Get('holidays')
  async holidays(@Query() q: YearQuery) {
    const calendar = await this.calendars.calendar();
    const adminDays = await this.db.getRepository(CalendarDay).createQueryBuilder('d')
      .where("date_part('year', d.date) = :year", { year: q.year }).orderBy('d.date').getMany();
    return {
      year: q.year,
      daysOff: calendar.holidays(q.year),
      adminDays: adminDays.map(({ date, kind, name }) => ({ date, kind, name })),
    };
  }

  @Post('days')
  @Roles('admin')
  async addDay(@Body() dto: CalendarDayDto, @Me() me: CurrentUser) {
    await this.db.transaction(async (m) => {
      const before = await m.findOneBy(CalendarDay, { date: dto.date });
      await m.upsert(CalendarDay, { ...dto, createdById: me.id }, ['date']);
      await replanReminders(m, dto.date);
      await this.audit.record(m, { actorId: me.id, action: 'calendar.set', entity: 'calendar_day', entityId: dto.date, before, after: dto });
    });
    this.calendars.invalidate();
    return dto;
  }

  @Delete('days/:date')
  @Roles('admin')
  @HttpCode(204)
  async removeDay(@Param('date') date: string, @Me() me: CurrentUser) {
    await this.db.transaction(async (m) => {
      const before = await m.findOneBy(CalendarDay, { date });
      if (!before) throw new NotFoundException(`Không có ngày ${date} trong lịch điều chỉnh`);
      await m.delete(CalendarDay, { date });
      await replanReminders(m, date);
      await this.audit.record(m, { actorId: me.id, action: 'calendar.remove', entity: 'calendar_day', entityId: date, before });
    });
    this.calendars.invalidate();
  }
}
