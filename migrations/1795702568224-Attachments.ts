import { MigrationInterface, QueryRunner } from 'typeorm';

export class Attachments1795702568224 implements MigrationInterface {
  name = 'Attachments1795702568224';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "attachments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "task_id" uuid NOT NULL, "task_update_id" uuid NOT NULL, "file_name" character varying(255) NOT NULL, "content_type" character varying(127) NOT NULL, "size" integer NOT NULL, "sha256" character(64) NOT NULL, "content" bytea NOT NULL, "uploaded_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5e1f050bcff31e3084a1d662412" PRIMARY KEY ("id"))`,
    );
    // Most uploads (PDF, Office files, scans, archives) are compressed already: stored out of line
    // as they are, rather than PostgreSQL trying to compress every one again.
    await queryRunner.query(`ALTER TABLE "attachments" ALTER COLUMN "content" SET STORAGE EXTERNAL`);
    await queryRunner.query(`CREATE INDEX "IDX_1768e72fe571dbf8a3de314efa" ON "attachments"  ("task_update_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_c2b74c0aff9fab83174e80db0a" ON "attachments"  ("task_id", "created_at") `);
    await queryRunner.query(
      `ALTER TABLE "attachments" ADD CONSTRAINT "FK_e62fd181b97caa6b150b09220b1" FOREIGN KEY ("task_id") REFERENCES "tasks"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "attachments" ADD CONSTRAINT "FK_1768e72fe571dbf8a3de314efad" FOREIGN KEY ("task_update_id") REFERENCES "task_updates"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "attachments" ADD CONSTRAINT "FK_70a38fc450d3b433c86b67e69d6" FOREIGN KEY ("uploaded_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "attachments" DROP CONSTRAINT "FK_70a38fc450d3b433c86b67e69d6"`);
    await queryRunner.query(`ALTER TABLE "attachments" DROP CONSTRAINT "FK_1768e72fe571dbf8a3de314efad"`);
    await queryRunner.query(`ALTER TABLE "attachments" DROP CONSTRAINT "FK_e62fd181b97caa6b150b09220b1"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c2b74c0aff9fab83174e80db0a"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1768e72fe571dbf8a3de314efa"`);
    await queryRunner.query(`DROP TABLE "attachments"`);
  }
}
