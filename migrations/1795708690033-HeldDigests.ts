import { MigrationInterface, QueryRunner } from 'typeorm';

export class HeldDigests1795708690033 implements MigrationInterface {
  name = 'HeldDigests1795708690033';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notifications" ADD "send_after" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`CREATE INDEX "idx_notifications_held" ON "notifications"  ("send_after") WHERE send_after IS NOT NULL`);
    // Held digests have no job on purpose: the lost-job check must not walk over them.
    await queryRunner.query(`DROP INDEX "public"."idx_notifications_inflight"`);
    await queryRunner.query(
      `CREATE INDEX "idx_notifications_inflight" ON "notifications"  ("updated_at") WHERE status IN ('pending', 'sending') AND send_after IS NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."idx_notifications_inflight"`);
    await queryRunner.query(`CREATE INDEX "idx_notifications_inflight" ON "notifications"  ("updated_at") WHERE status IN ('pending', 'sending')`);
    await queryRunner.query(`DROP INDEX "public"."idx_notifications_held"`);
    await queryRunner.query(`ALTER TABLE "notifications" DROP COLUMN "send_after"`);
  }
}
