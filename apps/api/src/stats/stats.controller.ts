import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import { Me, type CurrentUser } from '../common/current-user';
import { StatsService } from './stats.service';

class StatsQuery {
  @IsOptional() @IsUUID() directiveId?: string;
}

@ApiTags('stats')
@ApiBearerAuth()
@Controller('stats')
export class StatsController {
  constructor(private readonly stats: StatsService) {}

  @Get('units')
  units(@Query() q: StatsQuery, @Me() me: CurrentUser) {
    return this.stats.byUnit(me, q.directiveId);
  }
}
