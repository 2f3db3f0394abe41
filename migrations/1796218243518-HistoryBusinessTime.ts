import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each change in a task's history keeps when it happened by the business clock (`at`), so that a
 * report as of a past day can undo what came after; until now that was the time it was written.
 */
export class HistoryBusinessTime1796218243518 implements MigrationInterface {
  name = 'HistoryBusinessTime1796218243518';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "task_updates" ADD "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()`);
    await queryRunner.query(`ALTER TABLE "deadline_changes" ADD "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()`);
    await queryRunner.query(`UPDATE "task_updates" SET "at" = "created_at"`);
    await queryRunner.query(`UPDATE "deadline_changes" SET "at" = "created_at"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "deadline_changes" DROP COLUMN "at"`);
    await queryRunner.query(`ALTER TABLE "task_updates" DROP COLUMN "at"`);
  }
}
