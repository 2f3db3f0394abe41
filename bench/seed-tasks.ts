import { Client } from 'pg';
import { createDataSource, ensureDatabase, migrateDatabase, quoteIdent } from '@dondoc/database';
import { hashPassword } from '../apps/api/src/auth/password';

const ADMIN = 'postgres://postgres@127.0.0.1:5432/postgres';

export const benchDatabaseUrl = (db: string) => `postgres://postgres@127.0.0.1:5432/${db}`;

/**
 * A fresh database for a benchmark: `units` departments, one leader (leader@bench.local /
 * bench-password), one published directive and `tasks` tasks spread over every unit, with
 * deadlines 200 days either side of today and every status, so each timeliness category is full.
 * `longText` gives tasks the length of real ones (two or three lines in the list).
 */
export async function seedBenchDatabase(db: string, opts: { units: number; tasks: number; longText?: boolean }): Promise<void> {
  const admin = new Client({ connectionString: ADMIN });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${quoteIdent(db)} WITH (FORCE)`);
  await admin.end();
  const url = benchDatabaseUrl(db);
  await ensureDatabase(url);
  const ds = createDataSource(url);
  await ds.initialize();
  await migrateDatabase(ds);
  const hash = await hashPassword('bench-password');
  await ds.query(`INSERT INTO units (code, name, kind) SELECT 'U' || g, 'Phòng chuyên môn số ' || g, 'department' FROM generate_series(1, $1) g`, [opts.units]);
  await ds.query(`INSERT INTO users (email, name, role, password_hash) VALUES ('leader@bench.local', 'Lãnh đạo', 'leader', $1)`, [hash]);
  await ds.query(
    `INSERT INTO directives (number, symbol, title, date, status, version)
     VALUES ('123', 'TB-UBND', 'Kết luận của Chủ tịch UBND huyện tại hội nghị giao ban công tác tháng', current_date - 200, 'published', 1)`,
  );
  await ds.query(`INSERT INTO assignments (directive_id, position, unit_text) SELECT id, 0, 'bench' FROM directives`);
  // One item per task slot: the (item, unit) pair is unique, so tasks / units items × units.
  await ds.query(`INSERT INTO assignment_items (assignment_id, position, text) SELECT a.id, g, 'Nhiệm vụ ' || g FROM assignments a, generate_series(1, $1) g`, [
    opts.tasks / opts.units,
  ]);
  const text = opts.longText
    ? `'Nhiệm vụ số ' || i.position || ': tham mưu Ủy ban nhân dân huyện xây dựng kế hoạch triển khai, rà soát, tổng hợp kết quả thực hiện và báo cáo '
         || u.name || ' theo đúng thời hạn quy định, đề xuất giải pháp tháo gỡ khó khăn, vướng mắc.'`
    : `'Nhiệm vụ số ' || i.position || ' của ' || u.name`;
  await ds.query(
    `INSERT INTO tasks (directive_id, assignment_item_id, text, text_folded, lead_unit_id, deadline, original_deadline, status, progress, submitted_on, version)
     SELECT d.id, i.id, ${text}, 'nhiem vu so ' || i.position, u.id,
            CASE WHEN i.position % 10 = 0 THEN NULL ELSE current_date + ((i.position * 7 + length(u.code) * 13) % 400 - 200) END,
            NULL,
            (ARRAY['assigned','in_progress','in_progress','submitted','done','done','cancelled'])[1 + (i.position % 7)],
            (i.position * 3) % 100, NULL, 1
       FROM assignment_items i CROSS JOIN units u CROSS JOIN directives d`,
  );
  await ds.query(`UPDATE tasks SET submitted_on = deadline + ((progress % 5) - 2) WHERE status IN ('submitted', 'done') AND deadline IS NOT NULL`);
  await ds.query(`UPDATE tasks SET original_deadline = deadline`);
  await ds.query('ANALYZE');
  await ds.destroy();
}
