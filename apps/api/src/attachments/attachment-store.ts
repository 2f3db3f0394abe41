import { createHash } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { Attachment } from '@dondoc/database';
import type { AuditService } from '../common/audit.service';
import type { UploadedFile } from './attachment-upload';

/** A file as the task page lists it: everything but the bytes. */
export interface AttachmentView {
  id: string;
  /** The progress report, submission or note it came with. */
  updateId: string;
  name: string;
  contentType: string;
  size: number;
  sha256: string;
  uploadedBy: { id: string; name: string };
  createdAt: Date;
}

/** Stores the files of one report inside the report's transaction, each with its audit entry. */
export async function saveAttachments(
  m: EntityManager, audit: AuditService, owner: { taskId: string; taskUpdateId: string; uploadedById: string }, files: UploadedFile[],
): Promise<void> {
  for (const file of files) {
    const record = {
      ...owner, fileName: file.fileName, contentType: file.contentType, size: file.content.length,
      sha256: createHash('sha256').update(file.content).digest('hex'),
    };
    const { identifiers } = await m.insert(Attachment, { ...record, content: file.content });
    await audit.record(m, { actorId: owner.uploadedById, action: 'attachment.upload', entity: 'attachment', entityId: identifiers[0].id, after: record });
  }
}

/** A task's files, oldest first; the content column is never read here. */
export function taskAttachments(db: DataSource, taskId: string): Promise<AttachmentView[]> {
  return db.query(
    `SELECT a.id, a.task_update_id AS "updateId", a.file_name AS name, a.content_type AS "contentType", a.size, a.sha256,
            json_build_object('id', u.id, 'name', u.name) AS "uploadedBy", a.created_at AS "createdAt"
       FROM attachments a JOIN users u ON u.id = a.uploaded_by_id
      WHERE a.task_id = $1
      ORDER BY a.created_at, a.file_name, a.id`,
    [taskId],
  );
}

/** One file with its bytes, only if it belongs to the task named in the address. */
export async function attachmentContent(
  db: DataSource, taskId: string, id: string,
): Promise<{ fileName: string; contentType: string; content: Buffer } | null> {
  const rows: { fileName: string; contentType: string; content: Buffer }[] = await db.query(
    `SELECT file_name AS "fileName", content_type AS "contentType", content FROM attachments WHERE id = $1 AND task_id = $2`,
    [id, taskId],
  );
  return rows[0] ?? null;
}
