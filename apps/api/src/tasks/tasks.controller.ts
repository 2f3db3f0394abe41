import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Me, type CurrentUser } from '../common/current-user';
import { Roles } from '../common/roles.decorator';
import {
  ExtensionDecisionDto, ExtensionListQuery, ExtensionRequestDto, TaskDecisionDto, TaskListQuery, TaskReasonDto, TaskUpdateDto,
} from './tasks.dto';
import { TasksService } from './tasks.service';

@ApiTags('tasks')
@ApiBearerAuth()
@Controller()
export class TasksController {
  constructor(private readonly tasks: TasksService) {}

  @Get('tasks')
  list(@Query() q: TaskListQuery, @Me() me: CurrentUser) {
    return this.tasks.list(q, me);
  }

  @Get('tasks/:id')
  get(@Param('id', ParseUUIDPipe) id: string, @Me() me: CurrentUser) {
    return this.tasks.get(id, me);
  }

  @Post('tasks/:id/updates')
  @HttpCode(201)
  update(@Param('id', ParseUUIDPipe) id: string, @Body() dto: TaskUpdateDto, @Me() me: CurrentUser) {
    return this.tasks.addUpdate(id, dto, me);
  }

  @Post('tasks/:id/accept')
  @Roles('leader', 'clerk')
  @HttpCode(200)
  accept(@Param('id', ParseUUIDPipe) id: string, @Body() dto: TaskDecisionDto, @Me() me: CurrentUser) {
    return this.tasks.accept(id, dto.note, dto.version, me);
  }

  @Post('tasks/:id/return')
  @Roles('leader', 'clerk')
  @HttpCode(200)
  returnWork(@Param('id', ParseUUIDPipe) id: string, @Body() dto: TaskReasonDto, @Me() me: CurrentUser) {
    return this.tasks.returnWork(id, dto.reason, dto.version, me);
  }

  @Post('tasks/:id/cancel')
  @Roles('leader')
  @HttpCode(200)
  cancel(@Param('id', ParseUUIDPipe) id: string, @Body() dto: TaskReasonDto, @Me() me: CurrentUser) {
    return this.tasks.cancel(id, dto.reason, dto.version, me);
  }

  @Post('tasks/:id/extension-requests')
  @Roles('unit_head', 'unit_staff')
  requestExtension(@Param('id', ParseUUIDPipe) id: string, @Body() dto: ExtensionRequestDto, @Me() me: CurrentUser) {
    return this.tasks.requestExtension(id, dto, me);
  }

  @Get('extension-requests')
  listExtensionRequests(@Query() q: ExtensionListQuery, @Me() me: CurrentUser) {
    return this.tasks.listExtensionRequests(q.status, me);
  }

  @Post('extension-requests/:id/decision')
  @Roles('leader')
  @HttpCode(200)
  decide(@Param('id', ParseUUIDPipe) id: string, @Body() dto: ExtensionDecisionDto, @Me() me: CurrentUser) {
    return this.tasks.decideExtension(id, dto, me);
  }
}
