import type { DataSource, EntityManager } from 'typeorm';
import type { NotificationStatus } from '@dondoc/database';

export interface LedgerEntry {
  id: string;
  kind: string;
  step: string;
  track: string;
  recipientEmail: string;
  recipientName: string | null;
  status: NotificationStatus;
  sentAt: Date | null;
  createdAt: Date;
}

/**
 * Every reminder, notice, escalation and event mail about a task: when, to whom, which step, delivered
 * or not ("đã đôn đốc"). A digest that went out without this task (finished or rescheduled before the
 * send) counts as skipped for it.
 */
export function taskLedger(db: DataSource | EntityManager, taskId: string): Promise<LedgerEntry[]> {
  return db.query(
    `SELECT n.id, n.kind, r.step, r.track, n.recipient_email AS "recipientEmail", n.recipient_name AS "recipientName",
            CASE WHEN x.omitted THEN 'skipped' ELSE n.status END AS status,
            CASE WHEN x.omitted THEN NULL ELSE n.sent_at END AS "sentAt", n.created_at AS "createdAt"
       FROM reminder_steps r JOIN notifications n ON n.id = ANY(r.notification_ids)
       CROSS JOIN LATERAL (
         SELECT n.kind = 'digest' AND n.status = 'sent' AND NOT n.items @> jsonb_build_array(jsonb_build_object('taskId', r.task_id::text)) AS omitted
       ) x
      WHERE r.task_id = $1
      ORDER BY n.created_at, r.created_at, n.recipient_email`,
    [taskId],
  );
}
