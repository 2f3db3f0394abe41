import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Me, type CurrentUser } from '../common/current-user';
import { Roles } from '../common/roles.decorator';
import { CreateUnitDto, UpdateUnitDto } from './units.dto';
import { UnitsService } from './units.service';

@ApiTags('units')
@ApiBearerAuth()
@Controller('units')
export class UnitsController {
  constructor(private readonly units: UnitsService) {}

  @Get()
  list() {
    return this.units.list();
  }

  @Get(':id')
  get(@Param('id', ParseUUIDPipe) id: string) {
    return this.units.get(id);
  }

  @Post()
  @Roles('admin', 'clerk')
  create(@Body() dto: CreateUnitDto, @Me() me: CurrentUser) {
    return this.units.create(dto, me);
  }

  @Patch(':id')
  @Roles('admin', 'clerk')
  update(@Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateUnitDto, @Me() me: CurrentUser) {
    return this.units.update(id, dto, me);
  }
}
