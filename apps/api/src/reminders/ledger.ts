import type { DataSource, EntityManager } from 'typeorm';

export interface LedgerEntry {
  id: string;
  kind: string;
  step: string;
  track: string;
  recipientEmail: string;
  recipientName: string | null;
  status: 'pending' | 'sending' | 'sent' | 'failed';
  sentAt: Date | null;
  createdAt: Date;
}

/** Every reminder, notice, escalation and event mail about a task: when, to whom, which step, delivered or not ("đã đôn đốc"). */
export function taskLedger(db: DataSource | EntityManager, taskId: string): Promise<LedgerEntry[]> {
  return db.query(
    `SELECT n.id, n.kind, r.step, r.track, n.recipient_email AS "recipientEmail", n.recipient_name AS "recipientName",
            n.status, n.sent_at AS "sentAt", n.created_at AS "createdAt"
       FROM reminder_steps r JOIN notifications n ON n.id = ANY(r.notification_ids)
      WHERE r.task_id = $1
      ORDER BY n.created_at, r.created_at, n.recipient_email`,
    [taskId],
  );
}
