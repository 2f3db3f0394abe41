import { ConflictException, ForbiddenException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { CLOCK } from '@dondoc/config';
import { RecipientsRepository, SeriesRepository, Task, TaskSeries, TaskUpdate } from '@dondoc/database';
import { actorOf, mayStopSeries, type Clock } from '@dondoc/domain';
import { AuditService } from '../common/audit.service';
import type { CurrentUser } from '../common/current-user';
import { CalendarService } from '../calendar/calendar.service';
import { StatsCache } from '../stats/stats-cache';

const STOP_NOTE = 'Dừng nhiệm vụ định kỳ: kỳ này chưa bắt đầu';

/** Recurring duties: stopping a series (its periods' tasks are made at publish and by the worker). */
@Injectable()
export class SeriesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly series: SeriesRepository,
    private readonly recipients: RecipientsRepository,
    private readonly audit: AuditService,
    private readonly calendar: CalendarService,
    private readonly statsCache: StatsCache,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /**
   * No period's task is made after this; the task made ahead for a period not yet open is cancelled
   * (unless the unit already started it). Tasks of periods under way or past stay as they are.
   */
  async stop(id: string, me: CurrentUser): Promise<{ id: string; stoppedAt: Date; cancelledTaskIds: string[] }> {
    const now = this.clock.now();
    const chairman = me.role === 'leader' ? await this.recipients.chairman() : null;
    return this.db
      .transaction(async (manager) => {
        const before = await manager.findOne(TaskSeries, { where: { id }, lock: { mode: 'pessimistic_write' } });
        if (!before) throw new NotFoundException('Không tìm thấy nhiệm vụ định kỳ');
        // The series' people are those of its latest task, the one the next period copies.
        const latest = await manager.findOne(Task, { where: { seriesId: id }, order: { periodStart: 'DESC' } });
        const actor = actorOf(me, { leaderInChargeId: latest?.leaderInChargeId ?? null, clerkId: latest?.clerkId ?? null }, 'none', chairman?.userId ?? null);
        if (!mayStopSeries(actor)) {
          throw new ForbiddenException('Chỉ lãnh đạo phụ trách, Chủ tịch hoặc chuyên viên theo dõi nhiệm vụ mới dừng được nhiệm vụ định kỳ');
        }
        if (before.stoppedAt) throw new ConflictException('Nhiệm vụ định kỳ này đã dừng');
        await manager.update(TaskSeries, { id }, { stoppedAt: now, stoppedById: me.id });
        const cancelled = await this.series.cancelUnopened(manager, id, this.calendar.today(), now);
        if (cancelled.length) {
          await manager.insert(
            TaskUpdate,
            cancelled.map((taskId) => ({
              taskId,
              authorId: me.id,
              kind: 'status' as const,
              fromStatus: 'assigned' as const,
              toStatus: 'cancelled' as const,
              note: STOP_NOTE,
              progress: null,
            })),
          );
        }
        await this.audit.record(manager, {
          actorId: me.id,
          action: 'series.stop',
          entity: 'task_series',
          entityId: id,
          before,
          after: { stoppedAt: now, cancelledTaskIds: cancelled },
        });
        return { id, stoppedAt: now, cancelledTaskIds: cancelled };
      })
      .finally(() => this.statsCache.invalidate());
  }
}
