import { Body, Controller, ForbiddenException, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Me, type CurrentUser } from '../common/current-user';
import { ApiPageResponse, type Page } from '../common/pagination';
import { Roles } from '../common/roles.decorator';
import { CreateUserDto, UpdateUserDto, UserQuery, UserView } from './users.dto';
import { UsersService } from './users.service';
import { ParseId } from '../common/validation';

@ApiTags('users')
@ApiBearerAuth()
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  /** Admins see everyone; a clerk may list leaders and clerks, to name who is in charge of a directive and who follows it. */
  @Get()
  @Roles('admin', 'clerk')
  @ApiPageResponse(UserView)
  list(@Query() query: UserQuery, @Me() me: CurrentUser): Promise<Page<UserView>> {
    if (me.role === 'clerk' && query.role !== 'leader' && query.role !== 'clerk') {
      throw new ForbiddenException('Chuyên viên chỉ xem được danh sách lãnh đạo và chuyên viên');
    }
    return this.users.list(query.page, query.pageSize, query.role);
  }

  @Post()
  @Roles('admin')
  @ApiCreatedResponse({ type: UserView })
  create(@Body() dto: CreateUserDto, @Me() me: CurrentUser): Promise<UserView> {
    return this.users.create(dto, me);
  }

  @Patch(':id')
  @Roles('admin')
  @ApiOkResponse({ type: UserView })
  update(@Param('id', ParseId) id: string, @Body() dto: UpdateUserDto, @Me() me: CurrentUser): Promise<UserView> {
    return this.users.update(id, dto, me);
  }
}
