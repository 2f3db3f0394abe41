import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import {
  Directive,
  DirectivesRepository,
  RecipientsRepository,
  UnitsRepository,
  User,
  type DirectiveScope,
  type DirectiveStatus,
  type UnitReader,
} from '@dondoc/database';
import { directiveReading, followsSubordinateUnits, mayCorrectDirective } from '@dondoc/domain';
import type { CurrentUser } from '../common/current-user';
import type { Page } from '../common/pagination';
import { CalendarService } from '../calendar/calendar.service';
import { directiveScope, toDirectiveView, toUnitDirectiveView, type DirectiveSummary, type DirectiveView } from './directive-view';
import { actorOnDirective, loadDirective, NOT_FOUND } from './directive-shared';

const FORBIDDEN_DIRECTIVE = 'Văn bản này không giao nhiệm vụ cho đơn vị của bạn';

/** Reading directives: the list a reader may see, and one directive as far as he may see it. */
@Injectable()
export class DirectiveReadsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly calendar: CalendarService,
    private readonly directives: DirectivesRepository,
    private readonly recipients: RecipientsRepository,
    private readonly units: UnitsRepository,
  ) {}

  /** The directives the reader may see, their task counts only of the tasks the reader may see. */
  async list(page: number, pageSize: number, status: DirectiveStatus | undefined, me: CurrentUser): Promise<Page<DirectiveSummary>> {
    const [ctx, scope] = await Promise.all([this.calendar.timelinessContext(), this.scopeOf(me)]);
    const { items, total } = await this.directives.list(ctx.today, { limit: pageSize, offset: (page - 1) * pageSize }, { scope, status });
    return { items, total, page, pageSize };
  }

  /**
   * A directive as far as the reader may see it. A draft they may not read is not found (its
   * existence is news); a published directive that gives their unit no task is refused, as a task
   * of another unit is, unless it gives a task to a unit under theirs, whose head follows it.
   */
  async get(id: string, me: CurrentUser): Promise<DirectiveView> {
    const head = await this.db.manager.findOne(Directive, { where: { id }, select: { id: true, status: true, leaderInChargeId: true, clerkId: true } });
    if (!head) throw new NotFoundException(NOT_FOUND);
    const actor = await actorOnDirective(this.recipients, me, head);
    const reading = directiveReading(actor, head.status);
    if (reading === 'none') throw new NotFoundException(NOT_FOUND);
    const reader: UnitReader | null = reading === 'its_tasks' && me.unitId ? { unitId: me.unitId, subordinates: followsSubordinateUnits(me.role) } : null;
    // `mayRead` over the directive's tasks, in SQL: one is enough.
    if (reading === 'its_tasks' && !(reader && (await this.directives.givesTaskTo(id, reader)))) {
      throw new ForbiddenException(FORBIDDEN_DIRECTIVE);
    }
    const d = await loadDirective(this.db.manager, id);
    const people = await this.db.getRepository(User).find({
      select: { id: true, name: true },
      where: { id: In([d.leaderInChargeId, d.clerkId].filter((x): x is string => !!x)) },
    });
    const person = (pid: string | null) => people.find((u) => u.id === pid) ?? null;
    // Counted in SQL over every task: a group of schools is summed whole, not a page of its tasks.
    const progress = d.status === 'published' ? await this.directives.progress(id, this.calendar.today(), reader) : new Map();
    if (reader) {
      const followed = new Set(reader.subordinates ? await this.units.subordinateIds(reader.unitId) : []);
      return toUnitDirectiveView(d, { ...me, unitId: reader.unitId }, person(d.leaderInChargeId), person(d.clerkId), progress, followed);
    }
    const view = toDirectiveView(d, person(d.leaderInChargeId), person(d.clerkId), progress);
    // A draft goes back to the server as the clerk edits it, in the shape it came: nothing more in it.
    return d.status === 'published' ? { ...view, permissions: { correct: mayCorrectDirective(actor) } } : view;
  }

  private async scopeOf(me: CurrentUser): Promise<DirectiveScope> {
    const chairman = me.role === 'leader' ? await this.recipients.chairman() : null;
    return directiveScope(me, chairman?.userId ?? null);
  }
}
