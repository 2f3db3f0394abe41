import { BadRequestException, Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { Me, type CurrentUser } from '../common/current-user';
import { PageQuery } from '../common/pagination';
import { Roles } from '../common/roles.decorator';
import { DirectiveDraftDto, ParseRequestDto } from './directive-draft.dto';
import { DirectiveParserService } from './directive-parser.service';
import { DirectivesService } from './directives.service';

class DirectiveListQuery extends PageQuery {
  @IsOptional() @IsIn(['draft', 'published'])
  status?: 'draft' | 'published';
}

@ApiTags('directives')
@ApiBearerAuth()
@Controller('directives')
export class DirectivesController {
  constructor(
    private readonly directives: DirectivesService,
    private readonly parser: DirectiveParserService,
  ) {}

  /** The draft a clerk reviews: parsed, units resolved, nothing saved. */
  @Post('parse')
  @Roles('admin', 'clerk')
  @HttpCode(200)
  parse(@Body() dto: ParseRequestDto) {
    if (!dto.text.trim()) throw new BadRequestException('Văn bản trống: hãy dán nội dung thông báo hoặc tải lên tệp .docx/.txt');
    return this.parser.parse(dto.text, dto.date);
  }

  @Post()
  @Roles('admin', 'clerk')
  create(@Body() dto: DirectiveDraftDto, @Me() me: CurrentUser) {
    return this.directives.create(dto, me);
  }

  @Get()
  list(@Query() q: DirectiveListQuery) {
    return this.directives.list(q.page, q.pageSize, q.status);
  }

  @Get(':id')
  get(@Param('id', ParseUUIDPipe) id: string) {
    return this.directives.get(id);
  }

  @Patch(':id')
  @Roles('admin', 'clerk')
  update(@Param('id', ParseUUIDPipe) id: string, @Body() dto: DirectiveDraftDto, @Me() me: CurrentUser) {
    return this.directives.update(id, dto, me);
  }

  @Post(':id/publish')
  @Roles('admin', 'clerk')
  @HttpCode(200)
  publish(@Param('id', ParseUUIDPipe) id: string, @Me() me: CurrentUser) {
    return this.directives.publish(id, me);
  }
}
