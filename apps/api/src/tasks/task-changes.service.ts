import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { Task } from '@dondoc/database';
import { decidesOnBehalf, type TaskAction } from '@dondoc/domain';
import { AuditService } from '../common/audit.service';
import type { CurrentUser } from '../common/current-user';
import { StatsCache } from '../stats/stats-cache';
import { TaskAccessService, type DecisionContext } from './task-access.service';
import { TaskReadsService } from './task-reads.service';
import type { TaskView } from './task-view';

/** What a write does to the locked task: its own rows, and the task's fields it changes. */
export type TaskChange = (manager: EntityManager, task: Task) => Promise<Partial<Task>>;

/**
 * The one path of every write to a task: lock it, check who may act and that the version is the
 * one the caller saw (409 otherwise), apply the change, bump the version, audit, all in one transaction.
 */
@Injectable()
export class TaskChangesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: TaskAccessService,
    private readonly audit: AuditService,
    private readonly statsCache: StatsCache,
    private readonly reads: TaskReadsService,
  ) {}

  async change(id: string, me: CurrentUser, version: number | undefined, action: TaskAction, apply: TaskChange): Promise<TaskView> {
    const decisions = await this.access.decisionContext();
    await this.db.transaction((manager) => this.changeIn(manager, id, me, version, action, decisions, apply));
    this.statsCache.invalidate();
    return this.reads.view(id);
  }

  /** `change` within a transaction the caller holds (and commits). */
  async changeIn(
    manager: EntityManager,
    id: string,
    me: CurrentUser,
    version: number | undefined,
    action: TaskAction,
    decisions: DecisionContext,
    apply: TaskChange,
  ): Promise<void> {
    const task = await manager.findOne(Task, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!task) throw new NotFoundException('Không tìm thấy nhiệm vụ');
    const actor = await this.access.assertMay(manager, me, task, action, version, decisions);
    const patch = await apply(manager, task);
    await manager.update(Task, { id }, { ...patch, version: task.version + 1 });
    // A clerk accepting or returning work does so in the leader's place: the record says whose decision it was.
    const onBehalf = decidesOnBehalf(actor, action) ? { onBehalfOfLeaderId: task.leaderInChargeId } : {};
    await this.audit.record(manager, {
      actorId: me.id,
      action: `task.${action}`,
      entity: 'task',
      entityId: id,
      before: valuesBefore(task, patch),
      after: { ...patch, ...onBehalf },
    });
  }
}

/** The task's values, before the change, of the fields the change sets. */
function valuesBefore(task: Task, patch: Partial<Task>): Partial<Task> {
  return Object.fromEntries(Object.keys(patch).map((field) => [field, task[field as keyof Task]])) as Partial<Task>;
}
