import { BadRequestException, Controller, Get, Header, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import { Me, type CurrentUser } from '../common/current-user';
import { IsIsoDate } from '../common/is-iso-date';
import { StatsService, type StatsFilter } from './stats.service';

/**
 * A reporting period: tasks assigned from `from` to `to`, both days included, either end open; and
 * the day the figures are computed as of (`asOf`, "tính đến ngày"), today when absent.
 */
export class PeriodQuery {
  @IsOptional() @IsIsoDate() from?: string;
  @IsOptional() @IsIsoDate() to?: string;
  @ApiPropertyOptional({ format: 'date', description: 'Figures as they stood at the end of this day (tính đến ngày), read from the tasks\' history; not after today' })
  @IsOptional() @IsIsoDate() asOf?: string;
}

export function periodFilter(q: PeriodQuery): StatsFilter {
  if (q.from && q.to && q.from > q.to) throw new BadRequestException('Ngày bắt đầu (from) phải trước hoặc bằng ngày kết thúc (to)');
  return { from: q.from, to: q.to, ...(q.asOf ? { asOf: q.asOf } : {}) };
}

class StatsQuery extends PeriodQuery {
  @IsOptional() @IsUUID() directiveId?: string;
}

@ApiTags('stats')
@ApiBearerAuth()
@Controller('stats')
export class StatsController {
  constructor(private readonly stats: StatsService) {}

  @Get('units')
  @Header('Content-Type', 'application/json; charset=utf-8')
  units(@Query() q: StatsQuery, @Me() me: CurrentUser): Promise<string> {
    return this.stats.byUnitJson(me, { ...periodFilter(q), directiveId: q.directiveId });
  }
}
