import { ConflictException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { RecipientsRepository, ReminderSettingsRepository, Task, UnitsRepository } from '@dondoc/database';
import {
  actorOf,
  canTransition,
  InvalidTransitionError,
  mayAct,
  mayOversee,
  mayRead,
  unitRelation,
  type Actor,
  type DecisionRules,
  type TaskAction,
  type TaskParties,
} from '@dondoc/domain';
import { isUnitMember, type CurrentUser } from '../common/current-user';

const FORBIDDEN_TASK = 'Nhiệm vụ này không thuộc đơn vị của bạn';
const FOLLOW_ONLY = 'Nhiệm vụ này của đơn vị trực thuộc: đơn vị của bạn chỉ theo dõi, không thực hiện được thao tác này';

/** Who else decides on tasks: the committee's chairman, and the office's rules on the clerk. */
export interface DecisionContext {
  chairmanId: string | null;
  rules: DecisionRules;
}

/**
 * Who the signed-in person is on a task, and whether he may read it or take an action on it: the
 * domain's rules, given the units' tree, the chairman and the office's settings they depend on.
 */
@Injectable()
export class TaskAccessService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly recipients: RecipientsRepository,
    private readonly settings: ReminderSettingsRepository,
    private readonly units: UnitsRepository,
  ) {}

  /** Who else decides: the committee's chairman, and whether the office lets the clerk who follows a task decide its work. */
  async decisionContext(): Promise<DecisionContext> {
    const [chairman, policy] = await Promise.all([this.recipients.chairman(), this.settings.policy()]);
    return { chairmanId: chairman?.userId ?? null, rules: { clerkDecidesWork: policy.clerkDecidesWork } };
  }

  /**
   * Refuses, before an upload is read, someone who may not take the action on the task now; the
   * write itself checks again under the task's lock.
   */
  async authorize(id: string, me: CurrentUser, action: TaskAction): Promise<void> {
    const task = await this.db.manager.findOneBy(Task, { id });
    if (!task) throw new NotFoundException('Không tìm thấy nhiệm vụ');
    await this.assertMay(this.db.manager, me, task, action, undefined, await this.decisionContext());
  }

  /** Who may act first, so a 403 gives away nothing; then the version the caller saw, if it says; then the status. */
  async assertMay(
    manager: EntityManager,
    me: CurrentUser,
    task: Task,
    action: TaskAction,
    version: number | undefined,
    decisions: DecisionContext,
  ): Promise<Actor> {
    const actor = await this.actorFor(manager, me, task, decisions.chairmanId);
    if (!mayAct(actor, action, decisions.rules)) {
      throw new ForbiddenException(
        actor.relation === 'oversees'
          ? FOLLOW_ONLY
          : isUnitMember(me) && actor.relation !== 'lead'
            ? FORBIDDEN_TASK
            : 'Bạn không có quyền thực hiện thao tác này',
      );
    }
    if (version !== undefined && version !== task.version) {
      throw new ConflictException(`Nhiệm vụ đã được người khác cập nhật (phiên bản ${task.version}, bạn gửi ${version}); hãy tải lại`);
    }
    if (!canTransition(task.status, action)) throw new InvalidTransitionError(task.status, action);
    return actor;
  }

  /** The actor, for someone who may read the task: a unit's people see their own unit's and coordinated tasks, a head also those of the units under his. */
  async readerFor(me: CurrentUser, task: TaskParties, chairmanId: string | null): Promise<Actor> {
    const actor = await this.actorFor(this.db.manager, me, task, chairmanId);
    if (!mayRead(actor)) throw new ForbiddenException(FORBIDDEN_TASK);
    return actor;
  }

  private async actorFor(manager: EntityManager, me: CurrentUser, task: TaskParties, chairmanId: string | null): Promise<Actor> {
    let relation = unitRelation(me, task);
    if (mayOversee(me, relation) && (await this.units.isUnder(manager, task.leadUnitId, me.unitId!))) relation = 'oversees';
    return actorOf(me, task, relation, chairmanId);
  }
}
