import { Body, Controller, Get, Header, HttpCode, Param, Patch, Post, Query, Req, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { ATTACHMENT_LIMITS, ATTACHMENT_TYPES } from '../attachments/attachment-rules';
import { megabytes } from '../common/multipart-error';
import { Readable } from 'node:stream';
import { readUploadForm } from '../attachments/attachment-upload';
import { UploadSlots } from '../attachments/upload-slots';
import { contentDisposition } from '../common/content-disposition';
import { Me, type CurrentUser } from '../common/current-user';
import { ApiPageResponse } from '../common/pagination';
import { Roles } from '../common/roles.decorator';
import { validated } from '../common/validated';
import {
  ExtensionDecisionDto,
  ExtensionListQuery,
  ExtensionRequestDto,
  TaskCorrectionDto,
  TaskDecisionDto,
  TaskListQuery,
  TaskReasonDto,
  TaskUpdateDto,
} from './tasks.dto';
import { SeriesService } from './series.service';
import { ExtensionRequestListView, ExtensionRequestRecord, SeriesStopped, TaskDetailView, TaskView } from './task-view';
import { TaskAccessService } from './task-access.service';
import { TaskCommandsService } from './task-commands.service';
import { TaskExtensionsService } from './task-extensions.service';
import { TaskReadsService } from './task-reads.service';
import { ParseId } from '../common/validation';

const UPDATE_BODY = {
  type: 'object',
  properties: {
    progress: { type: 'integer', minimum: 0, maximum: 100 },
    note: { type: 'string', minLength: 1, maxLength: 5000 },
    status: { type: 'string', enum: ['in_progress', 'submitted'] },
    version: { type: 'integer', minimum: 1, description: 'The version the person saw; 409 when the task has moved on' },
    files: {
      type: 'array',
      items: { type: 'string', format: 'binary' },
      maxItems: ATTACHMENT_LIMITS.files,
      description:
        `multipart/form-data only: up to ${ATTACHMENT_LIMITS.files} files of ${megabytes(ATTACHMENT_LIMITS.fileBytes)}, ` +
        `${megabytes(ATTACHMENT_LIMITS.totalBytes)} in all; ${Object.keys(ATTACHMENT_TYPES).join(' ')}`,
    },
  },
};

@ApiTags('tasks')
@ApiBearerAuth()
@Controller()
export class TasksController {
  constructor(
    private readonly reads: TaskReadsService,
    private readonly commands: TaskCommandsService,
    private readonly extensions: TaskExtensionsService,
    private readonly access: TaskAccessService,
    private readonly series: SeriesService,
    private readonly uploads: UploadSlots,
  ) {}

  @Get('tasks')
  @ApiPageResponse(TaskView)
  list(@Query() query: TaskListQuery, @Me() me: CurrentUser) {
    return this.reads.list(query, me);
  }

  @Get('tasks/:id')
  @ApiOkResponse({ type: TaskDetailView })
  get(@Param('id', ParseId) id: string, @Me() me: CurrentUser) {
    return this.reads.get(id, me);
  }

  /**
   * A report as JSON, or as multipart/form-data with the same fields as text and its files in
   * `files` (the lead unit's head or staff only). Files are stored as they arrive; while
   * UPLOADS_AT_ONCE reports with files are being read, another is refused with 503.
   */
  @Post('tasks/:id/updates')
  @HttpCode(201)
  @ApiConsumes('application/json', 'multipart/form-data')
  @ApiBody({ schema: UPDATE_BODY })
  @ApiCreatedResponse({ type: TaskView })
  async update(@Param('id', ParseId) id: string, @Req() request: FastifyRequest, @Me() me: CurrentUser) {
    if (!request.isMultipart()) return this.commands.addUpdate(id, await validated(TaskUpdateDto, request.body), me);
    return this.uploads.run(() =>
      this.commands.addUpdateWithFiles(id, me, async (store) => {
        const form = await readUploadForm(request, () => this.access.authorize(id, me, 'attach'), store);
        return { dto: await validated(TaskUpdateDto, form.fields), files: form.files };
      }),
    );
  }

  /** A file sent with a report, for whoever may read the task. */
  @Get('tasks/:id/attachments/:attachmentId')
  @ApiProduces(...new Set(Object.values(ATTACHMENT_TYPES)))
  @ApiOkResponse({ description: 'The file, with its name in Content-Disposition (filename* in UTF-8)', schema: { type: 'string', format: 'binary' } })
  // Sent as a download under the type it was accepted as; nothing uploaded may be sniffed into a page or kept in a shared cache.
  @Header('X-Content-Type-Options', 'nosniff')
  @Header('Cache-Control', 'private, no-store')
  async attachment(@Param('id', ParseId) id: string, @Param('attachmentId', ParseId) attachmentId: string, @Me() me: CurrentUser) {
    const file = await this.reads.attachment(id, attachmentId, me);
    // Read from PostgreSQL a piece at a time, as the client takes them.
    return new StreamableFile(Readable.from(file.chunks, { highWaterMark: 1 }), {
      type: file.contentType,
      disposition: contentDisposition(file.fileName),
      length: file.size,
    });
  }

  @Post('tasks/:id/accept')
  @ApiOkResponse({ type: TaskView })
  @Roles('leader', 'clerk')
  @HttpCode(200)
  accept(@Param('id', ParseId) id: string, @Body() dto: TaskDecisionDto, @Me() me: CurrentUser) {
    return this.commands.accept(id, dto.note, dto.version, me);
  }

  @Post('tasks/:id/return')
  @ApiOkResponse({ type: TaskView })
  @Roles('leader', 'clerk')
  @HttpCode(200)
  returnWork(@Param('id', ParseId) id: string, @Body() dto: TaskReasonDto, @Me() me: CurrentUser) {
    return this.commands.returnWork(id, dto.reason, dto.version, me);
  }

  @Post('tasks/:id/cancel')
  @ApiOkResponse({ type: TaskView })
  @Roles('leader')
  @HttpCode(200)
  cancel(@Param('id', ParseId) id: string, @Body() dto: TaskReasonDto, @Me() me: CurrentUser) {
    return this.commands.cancel(id, dto.reason, dto.version, me);
  }

  /** Stops a recurring duty: no period's task is made after this (its leader in charge, the chairman or the clerk who follows it). */
  @Post('series/:id/stop')
  @ApiOkResponse({ type: SeriesStopped })
  @Roles('clerk', 'leader')
  @HttpCode(200)
  stopSeries(@Param('id', ParseId) id: string, @Me() me: CurrentUser) {
    return this.series.stop(id, me);
  }

  /** Corrects a task of a published directive (clerks, admins, the leader whose directive it is). */
  @Patch('tasks/:id')
  @ApiOkResponse({ type: TaskView })
  @Roles('admin', 'clerk', 'leader')
  correct(@Param('id', ParseId) id: string, @Body() dto: TaskCorrectionDto, @Me() me: CurrentUser) {
    return this.commands.correct(id, dto, me);
  }

  /** Withdraws a task given by mistake: a correction, where cancelling is the leader's decision to drop work. */
  @Post('tasks/:id/withdraw')
  @ApiOkResponse({ type: TaskView })
  @Roles('admin', 'clerk', 'leader')
  @HttpCode(200)
  withdraw(@Param('id', ParseId) id: string, @Body() dto: TaskReasonDto, @Me() me: CurrentUser) {
    return this.commands.withdraw(id, dto.reason, dto.version, me);
  }

  @Post('tasks/:id/extension-requests')
  @Roles('unit_head', 'unit_staff')
  @ApiCreatedResponse({ type: ExtensionRequestRecord })
  requestExtension(@Param('id', ParseId) id: string, @Body() dto: ExtensionRequestDto, @Me() me: CurrentUser) {
    return this.extensions.requestExtension(id, dto, me);
  }

  @Get('extension-requests')
  @ApiPageResponse(ExtensionRequestListView)
  listExtensionRequests(@Query() query: ExtensionListQuery, @Me() me: CurrentUser) {
    return this.extensions.listExtensionRequests(query, me);
  }

  @Post('extension-requests/:id/decision')
  @Roles('leader')
  @HttpCode(200)
  @ApiOkResponse({ type: ExtensionRequestRecord })
  decide(@Param('id', ParseId) id: string, @Body() dto: ExtensionDecisionDto, @Me() me: CurrentUser) {
    return this.extensions.decideExtension(id, dto, me);
  }
}
