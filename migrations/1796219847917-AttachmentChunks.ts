import { MigrationInterface, QueryRunner } from 'typeorm';

// ATTACHMENT_CHUNK_BYTES as it was when this migration was written: a migration never follows the code.
const CHUNK = 256 * 1024;

export class AttachmentChunks1796219847917 implements MigrationInterface {
  name = 'AttachmentChunks1796219847917';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "attachment_chunks" ("attachment_id" uuid NOT NULL, "seq" integer NOT NULL, "data" bytea NOT NULL, CONSTRAINT "PK_b3f87b06f9e4d1e422188082313" PRIMARY KEY ("attachment_id", "seq"))`,
    );
    // Most uploads are compressed already: kept out of line as they are, like the column they replace.
    await queryRunner.query(`ALTER TABLE "attachment_chunks" ALTER COLUMN "data" SET STORAGE EXTERNAL`);
    // The files stored until now, cut into the same pieces new uploads are written in.
    await queryRunner.query(
      `INSERT INTO "attachment_chunks" ("attachment_id", "seq", "data")
             SELECT a.id, g.seq, substring(a.content FROM g.seq * ${CHUNK} + 1 FOR ${CHUNK})
               FROM "attachments" a, generate_series(0, greatest(octet_length(a.content) - 1, 0) / ${CHUNK}) AS g(seq)`,
    );
    await queryRunner.query(`ALTER TABLE "attachments" DROP COLUMN "content"`);
    await queryRunner.query(
      `ALTER TABLE "attachment_chunks" ADD CONSTRAINT "FK_fe6fe9fe61def6758accaf7ca3e" FOREIGN KEY ("attachment_id") REFERENCES "attachments"("id") ON DELETE CASCADE ON UPDATE NO ACTION DEFERRABLE INITIALLY DEFERRED`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "attachment_chunks" DROP CONSTRAINT "FK_fe6fe9fe61def6758accaf7ca3e"`);
    await queryRunner.query(`ALTER TABLE "attachments" ADD "content" bytea`);
    await queryRunner.query(`ALTER TABLE "attachments" ALTER COLUMN "content" SET STORAGE EXTERNAL`);
    await queryRunner.query(
      `UPDATE "attachments" a SET "content" = c.content
               FROM (SELECT attachment_id, string_agg(data, ''::bytea ORDER BY seq) AS content FROM "attachment_chunks" GROUP BY attachment_id) c
              WHERE c.attachment_id = a.id`,
    );
    await queryRunner.query(`ALTER TABLE "attachments" ALTER COLUMN "content" SET NOT NULL`);
    await queryRunner.query(`DROP TABLE "attachment_chunks"`);
  }
}
