import type { MigrationInterface, QueryRunner } from 'typeorm';
import { OFFICIAL_YEARS } from '@dondoc/calendar';

/**
 * The government's announced days off and make-up days for 2020-2026 (libs/calendar/data), loaded
 * as `official` calendar days, each year with its sources. A day an admin had already set keeps
 * the admin's setting. A later announcement or correction comes as an admin's import or a new migration.
 */
export class OfficialCalendar1796191565681 implements MigrationInterface {
  name = 'OfficialCalendar1796191565681';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "calendar_years" ("year" integer NOT NULL, "sources" jsonb NOT NULL, "missing" jsonb NOT NULL DEFAULT '[]', "imported_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1fed249d26e56ff06bb6dffd8d6" PRIMARY KEY ("year"))`,
    );
    await queryRunner.query(`ALTER TABLE "calendar_days" ADD "origin" character varying(16) NOT NULL DEFAULT 'admin'`);
    const days = OFFICIAL_YEARS.flatMap((y) => [
      ...y.daysOff.map((d) => ({ ...d, kind: 'day_off' })),
      ...y.workingDays.map((d) => ({ ...d, kind: 'working_day' })),
    ]);
    await queryRunner.query(
      `INSERT INTO calendar_days (date, kind, name, origin)
       SELECT date, kind, name, 'official' FROM jsonb_to_recordset($1::jsonb) AS x(date date, kind text, name text)
       ON CONFLICT (date) DO NOTHING`,
      [JSON.stringify(days)],
    );
    await queryRunner.query(
      `INSERT INTO calendar_years (year, sources, missing)
       SELECT year, sources, missing FROM jsonb_to_recordset($1::jsonb) AS x(year int, sources jsonb, missing jsonb)`,
      [JSON.stringify(OFFICIAL_YEARS.map(({ year, sources, missing }) => ({ year, sources, missing })))],
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "calendar_days" WHERE "origin" = 'official'`);
    await queryRunner.query(`ALTER TABLE "calendar_days" DROP COLUMN "origin"`);
    await queryRunner.query(`DROP TABLE "calendar_years"`);
  }
}
