/**
 * The ceiling for bench:api: the same list query (columns, timeliness, order, count, prepared as
 * the API prepares them) served by a bare Fastify + pg handler, with no framework, validation or
 * authentication around it. `/tasks-bytes` answers with the bytes of the first `/tasks` answer for
 * that unit, without the database: what HTTP and the load generator alone cost here.
 */
import Fastify from 'fastify';
import { Pool } from 'pg';
import { WorkingCalendar, localDate } from '@dondoc/calendar';
import { TASK_COLUMNS, TASK_JOINS, timelinessCase, timelinessPredicate } from '@dondoc/database';

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 20 });
const app = Fastify();
const calendar = new WorkingCalendar();

app.get('/health', async () => ({ ok: true }));
const answered = new Map<string, string>();
app.get<{ Querystring: { unitId: string } }>('/tasks-bytes', async (req, reply) => {
  const body = answered.get(req.query.unitId);
  if (!body) return reply.code(404).send({ error: 'call /tasks for this unit first' });
  return reply.type('application/json; charset=utf-8').send(body);
});
app.get<{ Querystring: { unitId: string } }>('/tasks', async (req) => {
  const today = localDate(new Date());
  const dueSoon = calendar.addWorkingDays(today, 3);
  const where = (unit: string, today: string, dueSoon: string) =>
    `WHERE t.lead_unit_id = ${unit} AND ${timelinessPredicate('overdue', 't', { today: () => today, dueSoon: () => dueSoon })}`;
  const [rows, count] = await Promise.all([
    pool.query({
      name: 'ceiling-list',
      text: `SELECT ${TASK_COLUMNS}, ${timelinessCase('t', '$1::date', '$2::date')} AS timeliness FROM tasks t ${TASK_JOINS} ${where('$3', '$1::date', '$2::date')}
        ORDER BY (t.status IN ('assigned', 'in_progress') AND t.deadline < $1::date) IS TRUE DESC, t.deadline ASC NULLS LAST, t.created_at, t.id
        LIMIT 20 OFFSET 0`,
      values: [today, dueSoon, req.query.unitId],
    }),
    pool.query({
      name: 'ceiling-count',
      text: `SELECT count(*)::int AS n FROM tasks t ${where('$2', '$1::date', '$1::date')}`,
      values: [today, req.query.unitId],
    }),
  ]);
  const body = { items: rows.rows, total: count.rows[0].n };
  if (!answered.has(req.query.unitId)) answered.set(req.query.unitId, JSON.stringify(body));
  return body;
});

app.listen({ port: Number(process.env.PORT ?? 3902), host: '127.0.0.1' }).catch((err) => {
  console.error(err);
  process.exit(1);
});
