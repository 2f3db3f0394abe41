import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { APP_CONFIG, type AppConfig } from '@dondoc/config';
import { AuditRepository } from '@dondoc/database';
import { IsIsoDate } from '../common/is-iso-date';
import { ApiPageResponse, PageQuery, type Page } from '../common/pagination';
import { Roles } from '../common/roles.decorator';

export class AuditQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'The kind of record: task, directive, unit, user, calendar_day, reminder_policy ...' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  entity?: string;

  @ApiPropertyOptional({ description: 'The record changed, e.g. a task id' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  entityId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Who made the change' })
  @IsOptional()
  @IsUUID()
  actorId?: string;

  @ApiPropertyOptional({ format: 'date', description: 'From this local day, inclusive' })
  @IsOptional()
  @IsIsoDate()
  from?: string;

  @ApiPropertyOptional({ format: 'date', description: 'To this local day, inclusive' })
  @IsOptional()
  @IsIsoDate()
  to?: string;
}

class AuditActor {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() email!: string;
}

export class AuditEntryView {
  @ApiProperty() id!: string;
  @ApiProperty({ description: 'e.g. task.accept, unit.update, calendar.import' }) action!: string;
  @ApiProperty() entity!: string;
  @ApiProperty({ type: String, nullable: true }) entityId!: string | null;
  @ApiProperty({ type: AuditActor, nullable: true }) actor!: AuditActor | null;
  @ApiProperty({ type: Object, nullable: true }) before!: object | null;
  @ApiProperty({ type: Object, nullable: true }) after!: object | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: Date;
}

/** The audit trail for admins: who changed what and when, filtered by record, person and day. */
@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit-log')
export class AuditController {
  constructor(
    private readonly audit: AuditRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Roles('admin')
  @Get()
  @ApiPageResponse(AuditEntryView)
  async list(@Query() query: AuditQuery): Promise<Page<AuditEntryView>> {
    const { items, total } = await this.audit.list(
      { entity: query.entity, entityId: query.entityId, actorId: query.actorId, from: query.from, to: query.to, timezone: this.config.timezone },
      { limit: query.pageSize, offset: (query.page - 1) * query.pageSize },
    );
    return { items, total, page: query.page, pageSize: query.pageSize };
  }
}
