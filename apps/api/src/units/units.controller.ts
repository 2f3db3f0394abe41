import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Me, type CurrentUser } from '../common/current-user';
import { Roles } from '../common/roles.decorator';
import { CreateUnitDto, UnitView, UpdateUnitDto } from './units.dto';
import { UnitsService } from './units.service';
import { ParseId } from '../common/validation';

@ApiTags('units')
@ApiBearerAuth()
@Controller('units')
export class UnitsController {
  constructor(private readonly units: UnitsService) {}

  /** The whole directory, as the API contract has it: a plain list, not a page. */
  @Get()
  @ApiOkResponse({ type: UnitView, isArray: true })
  list(): Promise<UnitView[]> {
    return this.units.list();
  }

  @Get(':id')
  @ApiOkResponse({ type: UnitView })
  get(@Param('id', ParseId) id: string): Promise<UnitView> {
    return this.units.get(id);
  }

  @Post()
  @Roles('admin', 'clerk')
  @ApiCreatedResponse({ type: UnitView })
  create(@Body() dto: CreateUnitDto, @Me() me: CurrentUser): Promise<UnitView> {
    return this.units.create(dto, me);
  }

  @Patch(':id')
  @Roles('admin', 'clerk')
  @ApiOkResponse({ type: UnitView })
  update(@Param('id', ParseId) id: string, @Body() dto: UpdateUnitDto, @Me() me: CurrentUser): Promise<UnitView> {
    return this.units.update(id, dto, me);
  }
}
