import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import { APP_CONFIG, CLOCK, StartupError, type AppConfig } from '@dondoc/config';
import { Directive, Task, TaskUpdate, Unit, User } from '@dondoc/database';
import type { Clock } from '@dondoc/domain';
import { endOfLocalDay, localDateTime } from '@dondoc/calendar';
import { hashPassword } from '../auth/password';
import { CalendarService } from '../calendar/calendar.service';
import type { CurrentUser } from '../common/current-user';
import type { DirectiveDraftDto } from '../directives/directive-draft.dto';
import { DirectiveParserService } from '../directives/directive-parser.service';
import { DirectiveDraftsService } from '../directives/directive-drafts.service';
import { AN_DUONG_NOTICE } from './an-duong-notice';
import { DEMO_USERS, DISTRICT_UNITS } from './district';

const RECENT_TITLE = 'Kết luận giao ban công tác tháng của Chủ tịch UBND huyện (dữ liệu minh họa)';

/**
 * The demo data of `npm run seed:demo`. Each part is added only when missing, so a second run
 * changes nothing and a database someone has worked in keeps their changes.
 */
@Injectable()
export class SeedService {
  private readonly logger = new Logger('seed');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly directives: DirectiveDraftsService,
    private readonly parser: DirectiveParserService,
    private readonly calendar: CalendarService,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async isEmpty(): Promise<boolean> {
    return (await this.db.getRepository(User).count()) === 0;
  }

  async run(): Promise<{ units: number; users: number; directives: number }> {
    if (this.config.nodeEnv === 'production') {
      throw new StartupError(
        `no demo data when NODE_ENV=production: its accounts share a published password. Make the first admin with \`npm run cli -- create-admin EMAIL "FULL NAME"\``,
      );
    }
    const units = await this.seedUnits();
    const users = await this.seedUsers();
    let directives = 0;
    if (await this.seedNotice()) directives++;
    if (await this.seedRecentDirective()) directives++;
    this.logger.log(`Demo data: ${units} units, ${users} users, ${directives} directives added`);
    return { units, users, directives };
  }

  private async seedUnits(): Promise<number> {
    return this.db.transaction(async (manager) => {
      const existing = new Map((await manager.find(Unit)).map((u) => [u.code, u]));
      let added = 0;
      for (const unit of DISTRICT_UNITS) {
        if (existing.has(unit.code)) continue;
        const parentId = unit.parent ? (existing.get(unit.parent)?.id ?? null) : null;
        const saved = await manager.save(
          Unit,
          manager.create(Unit, { code: unit.code, name: unit.name, kind: unit.kind, aliases: unit.aliases, email: unit.email, parentId }),
        );
        existing.set(unit.code, saved);
        added++;
      }
      return added;
    });
  }

  private async seedUsers(): Promise<number> {
    const passwordHash = await hashPassword(this.config.demoPassword);
    return this.db.transaction(async (manager) => {
      const units = new Map((await manager.find(Unit)).map((u) => [u.code, u]));
      const existing = new Set((await manager.find(User, { where: { email: In(DEMO_USERS.map((u) => u.email)) } })).map((u) => u.email));
      let added = 0;
      for (const demo of DEMO_USERS) {
        if (existing.has(demo.email)) continue;
        const unit = units.get(demo.unit) ?? null;
        const user = await manager.save(
          User,
          manager.create(User, { email: demo.email, name: demo.name, role: demo.role, title: demo.title ?? null, unitId: unit?.id ?? null, passwordHash }),
        );
        if (demo.heads && unit && !unit.headUserId) await manager.update(Unit, { id: unit.id }, { headUserId: user.id });
        added++;
      }
      return added;
    });
  }

  private async people() {
    const users = await this.db.getRepository(User).findBy({ email: In(['chutich@dondoc.local', 'vanphong@dondoc.local']) });
    const leader = users.find((u) => u.role === 'leader');
    const clerk = users.find((u) => u.role === 'clerk');
    if (!leader || !clerk) throw new Error('seed: the demo leader and clerk must exist before the directives');
    const me: CurrentUser = { id: clerk.id, email: clerk.email, name: clerk.name, role: 'clerk', unitId: clerk.unitId };
    return { leader, clerk, me };
  }

  /** The real notice, through the parser, as a clerk would accept it. */
  private async seedNotice(): Promise<boolean> {
    if (await this.db.getRepository(Directive).exists({ where: { sourceText: AN_DUONG_NOTICE } })) return false;
    const { leader, clerk, me } = await this.people();
    const draft = await this.parser.parse(AN_DUONG_NOTICE, '2023-09-25');
    const created = await this.directives.create({ ...draft, leaderInChargeId: leader.id, clerkId: clerk.id } as DirectiveDraftDto, me);
    await this.directives.publish(created.id, me);
    return true;
  }

  /**
   * A small directive around today, so a new dashboard shows every category: one task done on
   * time, one done late, one overdue, one due within two working days, one in progress, one standing.
   */
  private async seedRecentDirective(): Promise<boolean> {
    if (await this.db.getRepository(Directive).exists({ where: { title: RECENT_TITLE } })) return false;
    const { leader, clerk, me } = await this.people();
    const calendar = await this.calendar.calendar();
    const today = this.calendar.today();
    const day = (n: number) => calendar.addWorkingDays(today, n);
    const units = new Map((await this.db.getRepository(Unit).find()).map((u) => [u.code, u.id]));
    const unit = (code: string) => units.get(code)!;
    const plan = [
      {
        code: 'NV',
        text: 'Rà soát, sắp xếp vị trí việc làm của các cơ quan chuyên môn thuộc UBND huyện',
        deadline: day(-12),
        submitted: day(-13),
        accepted: true,
      },
      { code: 'TCKH', text: 'Báo cáo tình hình giải ngân vốn đầu tư công 10 tháng đầu năm', deadline: day(-8), submitted: day(-6), accepted: true },
      { code: 'GDDT', text: 'Tổng hợp nhu cầu bổ sung giáo viên các trường trên địa bàn huyện', deadline: day(-3), progress: 40 },
      { code: 'TCKH', text: 'Tham mưu phương án phân bổ kinh phí sửa chữa trường học', deadline: day(2) },
      { code: 'GDDT', text: 'Xây dựng kế hoạch chuyển đổi số ngành giáo dục giai đoạn 2026 - 2030', deadline: day(15), progress: 30 },
      { code: 'NV', text: 'Theo dõi, đôn đốc thực hiện kỷ luật, kỷ cương hành chính', deadline: null },
    ];
    const draft: DirectiveDraftDto = {
      number: null,
      symbol: 'TB-UBND',
      docType: 'Thông báo',
      issuer: 'Ủy ban nhân dân huyện An Dương',
      date: day(-20),
      title: RECENT_TITLE,
      signer: 'Trương Văn Thiết',
      recipients: [],
      leaderInChargeId: leader.id,
      clerkId: clerk.id,
      assignments: plan.map((planned) => ({
        unitText: planned.code,
        unitIds: [unit(planned.code)],
        group: false,
        coordinating: [],
        tasks: [
          {
            text: planned.text,
            deadline: planned.deadline,
            deadlineText: planned.deadline ? null : 'thường xuyên',
            coordinating: [],
            recurrence: null,
            recurrenceText: null,
          },
        ],
      })),
    };
    const created = await this.directives.create(draft, me);
    await this.directives.publish(created.id, me);

    // The history below happened "before today", so it is written as it would have been recorded then.
    const tasks = await this.db.getRepository(Task).findBy({ directiveId: created.id });
    const heads = await this.db.getRepository(User).findBy({ role: 'unit_head' });
    await this.db.transaction(async (manager) => {
      for (const planned of plan) {
        const task = tasks.find((t) => t.text === planned.text)!;
        const author = heads.find((h) => h.unitId === task.leadUnitId) ?? clerk;
        if (planned.submitted) {
          const submittedAt = localDateTime(planned.submitted, '15:00', this.config.timezone);
          const acceptedAt = localDateTime(calendar.addWorkingDays(planned.submitted, 1), '09:00', this.config.timezone);
          await manager.update(
            Task,
            { id: task.id },
            { status: 'done', progress: 100, submittedAt, submittedOn: planned.submitted, completedAt: acceptedAt, version: task.version + 2 },
          );
          await manager.insert(TaskUpdate, [
            {
              taskId: task.id,
              authorId: author.id,
              kind: 'status',
              fromStatus: 'assigned',
              toStatus: 'submitted',
              progress: 100,
              note: 'Đã hoàn thành, gửi báo cáo kèm theo',
              createdAt: submittedAt,
              at: submittedAt,
            },
            {
              taskId: task.id,
              authorId: leader.id,
              kind: 'status',
              fromStatus: 'submitted',
              toStatus: 'done',
              progress: null,
              note: 'Đồng ý nghiệm thu',
              createdAt: acceptedAt,
              at: acceptedAt,
            },
          ]);
        } else if (planned.progress) {
          const at = endOfLocalDay(day(-1), this.config.timezone);
          await manager.update(Task, { id: task.id }, { status: 'in_progress', progress: planned.progress, version: task.version + 1 });
          const reportedAt = new Date(Math.min(at.getTime(), this.clock.now().getTime()));
          await manager.insert(TaskUpdate, {
            taskId: task.id,
            authorId: author.id,
            kind: 'status',
            fromStatus: 'assigned',
            toStatus: 'in_progress',
            progress: planned.progress,
            note: 'Đang triển khai',
            createdAt: reportedAt,
            at: reportedAt,
          });
        }
      }
    });
    return true;
  }
}
