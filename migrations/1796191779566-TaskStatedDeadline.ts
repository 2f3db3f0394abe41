import type { MigrationInterface, QueryRunner } from 'typeorm';
import { WorkingCalendar } from '@dondoc/calendar';

/**
 * A task keeps the date it was given (`stated_deadline`) beside the deadline in force (`deadline`),
 * which moves to the next working day when the given date is a weekend or a day off (Bộ luật Dân
 * sự 2015, Điều 148). Open tasks get their deadline in force now, under the calendar as it stands.
 */
export class TaskStatedDeadline1796191779566 implements MigrationInterface {
  name = 'TaskStatedDeadline1796191779566';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "tasks" ADD "stated_deadline" date`);
    await queryRunner.query(`UPDATE "tasks" SET "stated_deadline" = "deadline"`);
    const days: { date: string; kind: string; name: string }[] = await queryRunner.query(
      `SELECT to_char(date, 'YYYY-MM-DD') AS date, kind, name FROM calendar_days`,
    );
    const years: { year: number }[] = await queryRunner.query('SELECT year FROM calendar_years');
    const calendar = new WorkingCalendar({
      daysOff: days.filter((d) => d.kind === 'day_off').map(({ date, name }) => ({ date, name })),
      workingDays: days.filter((d) => d.kind === 'working_day').map((d) => d.date),
      officialYears: years.map((y) => y.year),
    });
    const open: { id: string; deadline: string }[] = await queryRunner.query(
      `SELECT id, to_char(deadline, 'YYYY-MM-DD') AS deadline FROM tasks
        WHERE deadline IS NOT NULL AND status IN ('assigned', 'in_progress', 'submitted')`,
    );
    const moved = open.filter((t) => calendar.dateInForce(t.deadline) !== t.deadline);
    if (moved.length) {
      await queryRunner.query(
        `UPDATE tasks t SET deadline = x.deadline, deadline_version = t.deadline_version + 1, version = t.version + 1
           FROM unnest($1::uuid[], $2::date[]) AS x(id, deadline) WHERE t.id = x.id`,
        [moved.map((t) => t.id), moved.map((t) => calendar.dateInForce(t.deadline))],
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE "tasks" SET "deadline" = "stated_deadline" WHERE "stated_deadline" IS NOT NULL`);
    await queryRunner.query(`ALTER TABLE "tasks" DROP COLUMN "stated_deadline"`);
  }
}
