import { Inject, Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { APP_CONFIG, type AppConfig } from '@dondoc/config';
import { CalendarRepository, MailTasksRepository, ReminderSettingsRepository, type ClaimedMail } from '@dondoc/database';
import { daysOverdueOf, TIMELINESS, timelinessOf, type Timeliness } from '@dondoc/domain';
import { digestView, taskLine, type TaskLine } from '@dondoc/mail';
import { BATCHING } from './batching';

/** A row's tasks as read for its mail, in the order the mail lists them. */
export interface TaskLines {
  lines: Map<string, TaskLine>;
  /** Tasks still open whose step in this row belongs to their current deadline. */
  live: Set<string>;
}

/** What an outbox row's mail says: the view its template is given, read from the database as it is now. */
@Injectable()
export class MailViewService {
  private readonly taskLines = new DataLoader<ClaimedMail, TaskLines>((rows) => this.readTaskLines(rows), BATCHING);

  constructor(
    private readonly tasks: MailTasksRepository,
    private readonly calendars: CalendarRepository,
    private readonly settings: ReminderSettingsRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The row's tasks as its mail lists them, and which of them it may still list; batched with the deliveries running at once. */
  lines(row: ClaimedMail): Promise<TaskLines> {
    return this.taskLines.load(row);
  }

  /** What the row's template is given, read from the database now. */
  async view(row: ClaimedMail): Promise<object> {
    if (row.kind === 'weekly_summary') {
      return { recipientName: row.recipientName, appUrl: this.config.appUrl, ...(await this.summaryView((row.payload ?? {}) as Record<string, unknown>)) };
    }
    return this.taskView(row, (await this.lines(row)).lines);
  }

  /** What a mail about tasks says, given their lines: a digest sorts them by what is due, an event mail lists them with its payload. */
  taskView(row: ClaimedMail, lines: Map<string, TaskLine>): object {
    const base = { recipientName: row.recipientName, appUrl: this.config.appUrl };
    const payload = (row.payload ?? {}) as Record<string, unknown>;
    if (row.kind === 'digest') return digestView(base, row.items, lines, Number(payload.escalateAfter ?? 0));
    return { ...base, ...payload, tasks: [...lines.values()] };
  }

  /** Every row's tasks in one query, the (row, task) pairs side by side. */
  private async readTaskLines(rows: readonly ClaimedMail[]): Promise<TaskLines[]> {
    const taskIds = new Map<string, Set<string>>();
    for (const row of rows) {
      const ids = taskIds.get(row.id) ?? new Set();
      for (const item of row.items) ids.add(item.taskId);
      taskIds.set(row.id, ids);
    }
    const read = new Map<string, TaskLines>();
    const pairs: { notificationId: string; taskId: string }[] = [];
    for (const [notificationId, ids] of taskIds) {
      read.set(notificationId, { lines: new Map(), live: new Set() });
      for (const taskId of ids) pairs.push({ notificationId, taskId });
    }
    for (const task of await this.tasks.ofRows(pairs)) {
      const row = read.get(task.notificationId)!;
      row.lines.set(task.id, taskLine(task, this.config.appUrl, 0));
      if (task.live) row.live.add(task.id);
    }
    return rows.map((row) => read.get(row.id)!);
  }

  /** The leader's week: each unit's tasks by timeliness, and the overdue ones, the most overdue first. */
  private async summaryView(payload: Record<string, unknown>) {
    const today = String(payload.today);
    const [calendar, policy] = await Promise.all([this.calendars.workingCalendar(), this.settings.policy()]);
    const context = { today, dueSoonUntil: calendar.addWorkingDays(today, policy.dueSoonWorkingDays) };
    const rows = await this.tasks.forSummary(payload.allTasks === true ? null : String(payload.leaderId));
    const units = new Map<string, { name: string } & Record<Timeliness, number>>();
    const overdue: TaskLine[] = [];
    for (const row of rows) {
      const timeliness = timelinessOf({ status: row.status, deadline: row.deadline, submittedOn: row.submittedOn }, context);
      if (!timeliness) continue;
      let unit = units.get(row.unitId);
      if (!unit) {
        unit = { name: row.unitName, ...Object.fromEntries(TIMELINESS.map((key) => [key, 0])) } as { name: string } & Record<Timeliness, number>;
        units.set(row.unitId, unit);
      }
      unit[timeliness]++;
      if (timeliness === 'overdue') {
        overdue.push(
          taskLine(row, this.config.appUrl, daysOverdueOf({ status: row.status, deadline: row.deadline, submittedOn: row.submittedOn }, today, calendar)),
        );
      }
    }
    overdue.sort((a, b) => b.daysOverdue - a.daysOverdue);
    return { today, weekStart: payload.week, allTasks: payload.allTasks === true, units: [...units.values()], overdue };
  }
}
