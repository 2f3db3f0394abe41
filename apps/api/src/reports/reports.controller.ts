import { Controller, Get, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Me, type CurrentUser } from '../common/current-user';
import { Roles } from '../common/roles.decorator';
import { PeriodQuery, periodFilter } from '../stats/stats.controller';
import { fileName } from './report';
import { buildDocx } from './report.docx';
import { buildXlsx } from './report.xlsx';
import { ReportsService } from './reports.service';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const attachment = (buffer: Buffer, name: string, type: string) =>
  new StreamableFile(buffer, { type, disposition: `attachment; filename="${name}"`, length: buffer.length });

/** "Báo cáo tình hình thực hiện nhiệm vụ" for a period, from the numbers the dashboard shows. */
@ApiTags('reports')
@ApiBearerAuth()
@Roles('leader', 'clerk', 'admin')
@Controller('reports')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Get('tasks.xlsx')
  @ApiProduces(XLSX)
  async xlsx(@Query() query: PeriodQuery, @Me() me: CurrentUser) {
    const report = await this.reports.taskReport(me, periodFilter(query));
    return attachment(await buildXlsx(report), fileName(report, 'xlsx'), XLSX);
  }

  @Get('tasks.docx')
  @ApiProduces(DOCX)
  async docx(@Query() query: PeriodQuery, @Me() me: CurrentUser) {
    const report = await this.reports.taskReport(me, periodFilter(query));
    return attachment(await buildDocx(report, me.name), fileName(report, 'docx'), DOCX);
  }
}
