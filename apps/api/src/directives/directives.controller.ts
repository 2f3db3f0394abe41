import { BadRequestException, Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { IsIn, IsOptional } from 'class-validator';
import { BodyLimit } from '../common/body-limit';
import { Me, type CurrentUser } from '../common/current-user';
import { ApiPageResponse, PageQuery } from '../common/pagination';
import { Roles } from '../common/roles.decorator';
import { validated } from '../common/validated';
import { DEFAULT_EXTRACT_LIMITS, type ParseSource } from '@dondoc/parser';
import { DirectiveHeaderCorrectionDto, NewTaskDto } from './directive-correction.dto';
import { DirectiveDraftDto, ParseRequestDto } from './directive-draft.dto';
import { readUpload } from './notice-upload';
import { DirectiveParserService } from './directive-parser.service';
import { DirectiveDraftView, DirectivePublished, DirectiveSummary, DirectiveView, TaskAdded } from './directive-view';
import { DirectiveCorrectionsService } from './directive-corrections.service';
import { DirectiveDraftsService } from './directive-drafts.service';
import { DirectiveReadsService } from './directive-reads.service';
import { ParseId } from '../common/validation';

// A pasted notice at the parser's limit (a character is up to 3 bytes of UTF-8, more with JSON's
// escapes); the limit itself is checked below, so a paste just over it is told so, not sent a 413.
const PARSE_BODY_BYTES = DEFAULT_EXTRACT_LIMITS.maxTextChars * 4 + 64 * 1024;
// A draft carries the notice's source text and every task's text taken from it.
const DRAFT_BODY_BYTES = 8 * 1024 * 1024;

class DirectiveListQuery extends PageQuery {
  @IsOptional()
  @IsIn(['draft', 'published'])
  status?: 'draft' | 'published';
}

@ApiTags('directives')
@ApiBearerAuth()
@Controller('directives')
export class DirectivesController {
  constructor(
    private readonly drafts: DirectiveDraftsService,
    private readonly reads: DirectiveReadsService,
    private readonly corrections: DirectiveCorrectionsService,
    private readonly parser: DirectiveParserService,
  ) {}

  /**
   * The draft a clerk reviews: parsed, units resolved, nothing saved. Takes JSON `{text, date?}` or
   * a multipart upload with the notice in the field `file` (.docx, .pdf or .txt) and an optional
   * `date`. Text over a million characters, zip bombs and scans this server cannot OCR get a 400.
   */
  @Post('parse')
  @BodyLimit(PARSE_BODY_BYTES)
  @Roles('admin', 'clerk')
  @HttpCode(200)
  @ApiConsumes('application/json', 'multipart/form-data')
  @ApiBody({ type: ParseRequestDto })
  @ApiOkResponse({ type: DirectiveDraftView })
  async parse(@Req() req: FastifyRequest) {
    let source: ParseSource;
    let date: string | undefined;
    if (req.isMultipart()) {
      ({ source, date } = await readUpload(req));
    } else {
      const body = await validated(ParseRequestDto, req.body);
      // Refused here already so that an oversized paste costs no trip to a worker.
      if (body.text.length > DEFAULT_EXTRACT_LIMITS.maxTextChars) {
        throw new BadRequestException(
          `Văn bản quá dài (${body.text.length.toLocaleString('vi-VN')} ký tự): tối đa ${DEFAULT_EXTRACT_LIMITS.maxTextChars.toLocaleString('vi-VN')} ký tự mỗi lần phân tích. Hãy tách văn bản thành nhiều phần.`,
        );
      }
      if (!body.text.trim()) throw new BadRequestException('Văn bản trống: hãy dán nội dung thông báo hoặc tải lên tệp .docx/.pdf/.txt');
      source = { kind: 'text', text: body.text };
      date = body.date;
    }
    return this.parser.parse(source, date, { testSpinMs: testSpin(req) });
  }

  @Post()
  @BodyLimit(DRAFT_BODY_BYTES)
  @Roles('admin', 'clerk')
  @ApiCreatedResponse({ type: DirectiveView })
  create(@Body() dto: DirectiveDraftDto, @Me() me: CurrentUser) {
    return this.drafts.create(dto, me);
  }

  @Get()
  @ApiPageResponse(DirectiveSummary)
  list(@Query() q: DirectiveListQuery, @Me() me: CurrentUser) {
    return this.reads.list(q.page, q.pageSize, q.status, me);
  }

  @Get(':id')
  @ApiOkResponse({ type: DirectiveView })
  get(@Param('id', ParseId) id: string, @Me() me: CurrentUser) {
    return this.reads.get(id, me);
  }

  @Patch(':id')
  @BodyLimit(DRAFT_BODY_BYTES)
  @Roles('admin', 'clerk')
  @ApiOkResponse({ type: DirectiveView })
  update(@Param('id', ParseId) id: string, @Body() dto: DirectiveDraftDto, @Me() me: CurrentUser) {
    return this.drafts.update(id, dto, me);
  }

  /** Corrects the header of a published directive (its number, date, title ...): clerks, admins, its leader. */
  @Patch(':id/header')
  @Roles('admin', 'clerk', 'leader')
  @ApiOkResponse({ type: DirectiveView })
  correctHeader(@Param('id', ParseId) id: string, @Body() dto: DirectiveHeaderCorrectionDto, @Me() me: CurrentUser) {
    return this.corrections.correctHeader(id, dto, me);
  }

  /** Adds a task to a published directive; its units are told as of a new task. */
  @Post(':id/tasks')
  @Roles('admin', 'clerk', 'leader')
  @ApiCreatedResponse({ type: TaskAdded })
  addTask(@Param('id', ParseId) id: string, @Body() dto: NewTaskDto, @Me() me: CurrentUser) {
    return this.corrections.addTask(id, dto, me);
  }

  /** A draft set aside; a published directive stays, as its tasks do. */
  @Delete(':id')
  @Roles('admin', 'clerk')
  @HttpCode(204)
  async remove(@Param('id', ParseId) id: string, @Me() me: CurrentUser): Promise<void> {
    await this.drafts.remove(id, me);
  }

  @Post(':id/publish')
  @Roles('admin', 'clerk')
  @HttpCode(200)
  @ApiOkResponse({ type: DirectivePublished })
  publish(@Param('id', ParseId) id: string, @Me() me: CurrentUser) {
    return this.drafts.publish(id, me);
  }
}

/**
 * Tests only: `x-dondoc-test-spin-ms` makes the parse worker busy that long, standing in for a
 * pathological document. The pool ignores it unless NODE_ENV=test.
 */
function testSpin(req: FastifyRequest): number | undefined {
  const raw = req.headers['x-dondoc-test-spin-ms'];
  const ms = typeof raw === 'string' ? Number(raw) : NaN;
  return Number.isFinite(ms) && ms > 0 ? Math.min(ms, 60_000) : undefined;
}
