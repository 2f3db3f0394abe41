import { BadRequestException, Controller, Get, Header, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import { Me, type CurrentUser } from '../common/current-user';
import { IsIsoDate } from '../common/is-iso-date';
import { StatsService, type StatsFilter } from './stats.service';

/**
 * A reporting period: tasks assigned from `from` to `to`, both days included, either end open; and
 * the day the figures are computed as of (`asOf`, "tính đến ngày"), today when absent.
 */
export class PeriodQuery {
  @ApiPropertyOptional({ format: 'date', description: 'Tasks assigned from this day, inclusive' })
  @IsOptional()
  @IsIsoDate()
  from?: string;
  @ApiPropertyOptional({ format: 'date', description: 'Tasks assigned up to this day, inclusive' })
  @IsOptional()
  @IsIsoDate()
  to?: string;
  @ApiPropertyOptional({
    format: 'date',
    description: "Figures as they stood at the end of this day (tính đến ngày), read from the tasks' history; not after today",
  })
  @IsOptional()
  @IsIsoDate()
  asOf?: string;
}

export function periodFilter(query: PeriodQuery): StatsFilter {
  if (query.from && query.to && query.from > query.to) throw new BadRequestException('Ngày bắt đầu (from) phải trước hoặc bằng ngày kết thúc (to)');
  return { from: query.from, to: query.to, ...(query.asOf ? { asOf: query.asOf } : {}) };
}

class StatsQuery extends PeriodQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only the tasks of this directive' })
  @IsOptional()
  @IsUUID()
  directiveId?: string;
}

const count = (description?: string) => ApiProperty({ type: 'integer', description });

/** A unit's tasks counted by timeliness, as the dashboard and the report show them. */
export class UnitStatsView {
  @ApiProperty({ format: 'uuid' }) unitId!: string;
  @ApiProperty() unitCode!: string;
  @ApiProperty() unitName!: string;
  @count() total!: number;
  @count() on_track!: number;
  @count() due_soon!: number;
  @count() overdue!: number;
  @count() done_on_time!: number;
  @count() done_late!: number;
  @count() no_deadline!: number;
  @count('Of the tasks done on time, those done within an extension granted after they were late (hoàn thành quá hạn có gia hạn)')
  doneWithLateExtension!: number;
}

@ApiTags('stats')
@ApiBearerAuth()
@Controller('stats')
export class StatsController {
  constructor(private readonly stats: StatsService) {}

  @Get('units')
  @Header('Content-Type', 'application/json; charset=utf-8')
  // The service answers with the JSON text it caches: the document says what that text holds.
  @ApiOkResponse({ type: [UnitStatsView] })
  units(@Query() query: StatsQuery, @Me() me: CurrentUser): Promise<string> {
    return this.stats.byUnitJson(me, { ...periodFilter(query), directiveId: query.directiveId });
  }
}
