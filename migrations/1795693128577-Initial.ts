import { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795693128577 implements MigrationInterface {
  name = 'Initial1795693128577';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "units" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(64) NOT NULL, "name" character varying(255) NOT NULL, "kind" character varying(32) NOT NULL, "parent_id" uuid, "aliases" text array NOT NULL DEFAULT '{}', "email" character varying(255), "head_user_id" uuid, "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5a8f2f064919b587d93936cb223" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_47635c1ab22d02fc3ebae3608b" ON "units"  ("code") `);
    await queryRunner.query(`CREATE INDEX "IDX_e0d04b0849a3cde857ececa8ad" ON "units"  ("parent_id") `);
    await queryRunner.query(
      `CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" character varying(255) NOT NULL, "name" character varying(255) NOT NULL, "password_hash" character varying(255) NOT NULL, "role" character varying(16) NOT NULL, "unit_id" uuid, "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_97672ac88f789774dd47f7c8be" ON "users"  ("email") `);
    await queryRunner.query(`CREATE INDEX "IDX_b94ecc6be926a5d23aa7791ec8" ON "users"  ("unit_id") `);
    await queryRunner.query(
      `CREATE TABLE "assignments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "directive_id" uuid NOT NULL, "position" integer NOT NULL, "unit_text" text NOT NULL, "unit_ids" uuid array NOT NULL DEFAULT '{}', "is_group" boolean NOT NULL DEFAULT false, "coordinating" jsonb NOT NULL DEFAULT '[]', "source_range" jsonb, CONSTRAINT "PK_c54ca359535e0012b04dcbd80ee" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_8eb1c67bd5a49df3fab7bff69f" ON "assignments"  ("directive_id") `);
    await queryRunner.query(
      `CREATE TABLE "assignment_items" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "assignment_id" uuid NOT NULL, "position" integer NOT NULL, "text" text NOT NULL, "deadline" date, "deadline_text" text, "coordinating" jsonb NOT NULL DEFAULT '[]', "recurrence" character varying(16), "recurrence_text" text, "source_range" jsonb, CONSTRAINT "PK_05b787843e7aedeb3a217c3d29e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_3bc954051561c359dd5653ef98" ON "assignment_items"  ("assignment_id") `);
    await queryRunner.query(
      `CREATE TABLE "directives" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "number" character varying(32), "symbol" character varying(64), "doc_type" character varying(64), "issuer" character varying(255), "date" date, "date_text" character varying(255), "title" text, "source_text" text, "signer" character varying(255), "recipients" text array NOT NULL DEFAULT '{}', "leader_in_charge_id" uuid, "clerk_id" uuid, "status" character varying(16) NOT NULL DEFAULT 'draft', "published_at" TIMESTAMP WITH TIME ZONE, "created_by_id" uuid, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_33cbab4c60a227ae4053fcaea3c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_01f12b8514748dd0769ab3831d" ON "directives"  ("leader_in_charge_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_97bf630d225dc7e38a45527859" ON "directives"  ("clerk_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_b2ab6ab61be903b996d833bc49" ON "directives"  ("status") `);
    await queryRunner.query(
      `CREATE TABLE "tasks" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "directive_id" uuid NOT NULL, "assignment_item_id" uuid NOT NULL, "text" text NOT NULL, "text_folded" text NOT NULL, "lead_unit_id" uuid NOT NULL, "coordinating_unit_ids" uuid array NOT NULL DEFAULT '{}', "deadline" date, "original_deadline" date, "deadline_text" text, "deadline_version" integer NOT NULL DEFAULT '1', "extension_count" integer NOT NULL DEFAULT '0', "extended_while_overdue" boolean NOT NULL DEFAULT false, "recurrence" character varying(16), "status" character varying(16) NOT NULL DEFAULT 'assigned', "progress" smallint NOT NULL DEFAULT '0', "submitted_at" TIMESTAMP WITH TIME ZONE, "submitted_on" date, "completed_at" TIMESTAMP WITH TIME ZONE, "cancelled_at" TIMESTAMP WITH TIME ZONE, "leader_in_charge_id" uuid, "clerk_id" uuid, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8d12ff38fcc62aaba2cab748772" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_6e4ae88aff518c8cab967320a0" ON "tasks"  ("directive_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_14def99bfa0a5be73b957b8c3c" ON "tasks"  ("leader_in_charge_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "idx_tasks_item_unit" ON "tasks"  ("assignment_item_id", "lead_unit_id") `);
    await queryRunner.query(`CREATE INDEX "idx_tasks_status_deadline" ON "tasks"  ("status", "deadline") `);
    await queryRunner.query(`CREATE INDEX "idx_tasks_unit_status_deadline" ON "tasks"  ("lead_unit_id", "status", "deadline") `);
    // The synchronizer cannot describe a GIN index; a coordinating unit's tasks are found through it.
    await queryRunner.query(`CREATE INDEX "idx_tasks_coordinating" ON "tasks" USING GIN ("coordinating_unit_ids")`);
    await queryRunner.query(
      `CREATE TABLE "task_updates" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "task_id" uuid NOT NULL, "kind" character varying(16) NOT NULL, "progress" smallint, "note" text, "from_status" character varying(16), "to_status" character varying(16), "author_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_728ca21067b8f88bca4fb0a71dd" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_1fd9cbe971e069d66598eced33" ON "task_updates"  ("task_id", "created_at") `);
    await queryRunner.query(
      `CREATE TABLE "extension_requests" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "task_id" uuid NOT NULL, "requested_deadline" date NOT NULL, "previous_deadline" date, "reason" text NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'pending', "requested_by_id" uuid NOT NULL, "decided_by_id" uuid, "decision_note" text, "decided_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_cf652cfbd6bc847a21929fd703f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_7258d976bcfc42543e00fa0506" ON "extension_requests"  ("status") `);
    await queryRunner.query(`CREATE INDEX "IDX_6864acf52a538c8d48216562be" ON "extension_requests"  ("task_id", "created_at") `);
    await queryRunner.query(
      `CREATE TABLE "deadline_changes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "task_id" uuid NOT NULL, "previous_deadline" date, "new_deadline" date, "reason" text, "extension_request_id" uuid, "changed_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6ba17930f1b99eede93f36d1251" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_0d37416578b7ddf64f3e148466" ON "deadline_changes"  ("task_id", "created_at") `);
    await queryRunner.query(
      `CREATE TABLE "audit_log" ("id" BIGSERIAL NOT NULL, "actor_id" uuid, "action" character varying(64) NOT NULL, "entity" character varying(64) NOT NULL, "entity_id" character varying(64), "before" jsonb, "after" jsonb, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_07fefa57f7f5ab8fc3f52b3ed0b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_40c0e9a60edcd0f680b0e94b60" ON "audit_log"  ("entity", "entity_id") `);
    await queryRunner.query(
      `CREATE TABLE "calendar_days" ("date" date NOT NULL, "kind" character varying(16) NOT NULL, "name" character varying(255) NOT NULL, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1c04d56e8833eb6827f104f17e0" PRIMARY KEY ("date"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "units" ADD CONSTRAINT "FK_e0d04b0849a3cde857ececa8adb" FOREIGN KEY ("parent_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "users" ADD CONSTRAINT "FK_b94ecc6be926a5d23aa7791ec8a" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "assignments" ADD CONSTRAINT "FK_8eb1c67bd5a49df3fab7bff69f9" FOREIGN KEY ("directive_id") REFERENCES "directives"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "assignment_items" ADD CONSTRAINT "FK_3bc954051561c359dd5653ef981" FOREIGN KEY ("assignment_id") REFERENCES "assignments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "tasks" ADD CONSTRAINT "FK_6e4ae88aff518c8cab967320a0c" FOREIGN KEY ("directive_id") REFERENCES "directives"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "tasks" ADD CONSTRAINT "FK_fe488d772a48cb7ef4cfc781a71" FOREIGN KEY ("assignment_item_id") REFERENCES "assignment_items"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "tasks" ADD CONSTRAINT "FK_b17842beb7ad027c30782e7529b" FOREIGN KEY ("lead_unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "task_updates" ADD CONSTRAINT "FK_faefe2d08bf11dcf2a482040aad" FOREIGN KEY ("task_id") REFERENCES "tasks"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "task_updates" ADD CONSTRAINT "FK_ba0ed16668c1fd639210ed0ff87" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "extension_requests" ADD CONSTRAINT "FK_9f7f906d26983d95257acdba174" FOREIGN KEY ("task_id") REFERENCES "tasks"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "extension_requests" ADD CONSTRAINT "FK_61642465b6c9e90caf9b73a65dc" FOREIGN KEY ("requested_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "extension_requests" ADD CONSTRAINT "FK_002cbe6862af907dda62cb5b55c" FOREIGN KEY ("decided_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "deadline_changes" ADD CONSTRAINT "FK_505bcbf40f9af5da24cb1f81654" FOREIGN KEY ("task_id") REFERENCES "tasks"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "deadline_changes" ADD CONSTRAINT "FK_e5f64be18cbab83a3bba6f0a61c" FOREIGN KEY ("changed_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "deadline_changes" DROP CONSTRAINT "FK_e5f64be18cbab83a3bba6f0a61c"`);
    await queryRunner.query(`ALTER TABLE "deadline_changes" DROP CONSTRAINT "FK_505bcbf40f9af5da24cb1f81654"`);
    await queryRunner.query(`ALTER TABLE "extension_requests" DROP CONSTRAINT "FK_002cbe6862af907dda62cb5b55c"`);
    await queryRunner.query(`ALTER TABLE "extension_requests" DROP CONSTRAINT "FK_61642465b6c9e90caf9b73a65dc"`);
    await queryRunner.query(`ALTER TABLE "extension_requests" DROP CONSTRAINT "FK_9f7f906d26983d95257acdba174"`);
    await queryRunner.query(`ALTER TABLE "task_updates" DROP CONSTRAINT "FK_ba0ed16668c1fd639210ed0ff87"`);
    await queryRunner.query(`ALTER TABLE "task_updates" DROP CONSTRAINT "FK_faefe2d08bf11dcf2a482040aad"`);
    await queryRunner.query(`ALTER TABLE "tasks" DROP CONSTRAINT "FK_b17842beb7ad027c30782e7529b"`);
    await queryRunner.query(`ALTER TABLE "tasks" DROP CONSTRAINT "FK_fe488d772a48cb7ef4cfc781a71"`);
    await queryRunner.query(`ALTER TABLE "tasks" DROP CONSTRAINT "FK_6e4ae88aff518c8cab967320a0c"`);
    await queryRunner.query(`ALTER TABLE "assignment_items" DROP CONSTRAINT "FK_3bc954051561c359dd5653ef981"`);
    await queryRunner.query(`ALTER TABLE "assignments" DROP CONSTRAINT "FK_8eb1c67bd5a49df3fab7bff69f9"`);
    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "FK_b94ecc6be926a5d23aa7791ec8a"`);
    await queryRunner.query(`ALTER TABLE "units" DROP CONSTRAINT "FK_e0d04b0849a3cde857ececa8adb"`);
    await queryRunner.query(`DROP TABLE "calendar_days"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_40c0e9a60edcd0f680b0e94b60"`);
    await queryRunner.query(`DROP TABLE "audit_log"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0d37416578b7ddf64f3e148466"`);
    await queryRunner.query(`DROP TABLE "deadline_changes"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6864acf52a538c8d48216562be"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_7258d976bcfc42543e00fa0506"`);
    await queryRunner.query(`DROP TABLE "extension_requests"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1fd9cbe971e069d66598eced33"`);
    await queryRunner.query(`DROP TABLE "task_updates"`);
    await queryRunner.query(`DROP INDEX "public"."idx_tasks_coordinating"`);
    await queryRunner.query(`DROP INDEX "public"."idx_tasks_unit_status_deadline"`);
    await queryRunner.query(`DROP INDEX "public"."idx_tasks_status_deadline"`);
    await queryRunner.query(`DROP INDEX "public"."idx_tasks_item_unit"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_14def99bfa0a5be73b957b8c3c"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6e4ae88aff518c8cab967320a0"`);
    await queryRunner.query(`DROP TABLE "tasks"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b2ab6ab61be903b996d833bc49"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_97bf630d225dc7e38a45527859"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_01f12b8514748dd0769ab3831d"`);
    await queryRunner.query(`DROP TABLE "directives"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3bc954051561c359dd5653ef98"`);
    await queryRunner.query(`DROP TABLE "assignment_items"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8eb1c67bd5a49df3fab7bff69f"`);
    await queryRunner.query(`DROP TABLE "assignments"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b94ecc6be926a5d23aa7791ec8"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_97672ac88f789774dd47f7c8be"`);
    await queryRunner.query(`DROP TABLE "users"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e0d04b0849a3cde857ececa8ad"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_47635c1ab22d02fc3ebae3608b"`);
    await queryRunner.query(`DROP TABLE "units"`);
  }
}
