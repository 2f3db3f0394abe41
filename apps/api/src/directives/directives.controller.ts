import { BadRequestException, Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { IsIn, IsOptional } from 'class-validator';
import { Me, type CurrentUser } from '../common/current-user';
import { PageQuery } from '../common/pagination';
import { Roles } from '../common/roles.decorator';
import { validated } from '../common/validated';
import { DirectiveDraftDto, ParseRequestDto } from './directive-draft.dto';
import { readUpload } from './notice-upload';
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

  /**
   * The draft a clerk reviews: parsed, units resolved, nothing saved. Takes JSON `{text, date?}` or
   * a multipart upload with the notice in the field `file` (.docx or .txt) and an optional `date`.
   */
  @Post('parse')
  @Roles('admin', 'clerk')
  @HttpCode(200)
  @ApiConsumes('application/json', 'multipart/form-data')
  @ApiBody({ type: ParseRequestDto })
  async parse(@Req() req: FastifyRequest) {
    const { text, date } = req.isMultipart() ? await readUpload(req) : await validated(ParseRequestDto, req.body);
    if (!text.trim()) throw new BadRequestException('Văn bản trống: hãy dán nội dung thông báo hoặc tải lên tệp .docx/.txt');
    return this.parser.parse(text, date);
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
