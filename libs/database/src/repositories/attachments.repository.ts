import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Attachment } from '../entities';
import type { Tx } from './executor';

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

export interface NewAttachment {
  taskId: string;
  taskUpdateId: string;
  uploadedById: string;
  fileName: string;
  contentType: string;
  content: Buffer;
}

/** What the audit trail keeps of a stored file: all but its bytes. */
export type StoredAttachment = Omit<NewAttachment, 'content'> & { id: string; size: number; sha256: string };

/** The files of task reports, kept in PostgreSQL beside the report they came with. */
@Injectable()
export class AttachmentsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async save(tx: Tx, file: NewAttachment): Promise<StoredAttachment> {
    const { content, ...owner } = file;
    const record = { ...owner, size: content.length, sha256: createHash('sha256').update(content).digest('hex') };
    const { identifiers } = await tx.insert(Attachment, { ...record, content });
    return { id: String(identifiers[0]?.id), ...record };
  }

  /** A task's files, oldest first; the content column is never read here. */
  ofTask(taskId: string): Promise<AttachmentView[]> {
    return this.db.query(
      `SELECT a.id, a.task_update_id AS "updateId", a.file_name AS name, a.content_type AS "contentType", a.size, a.sha256,
              json_build_object('id', u.id, 'name', u.name) AS "uploadedBy", a.created_at AS "createdAt"
         FROM attachments a JOIN users u ON u.id = a.uploaded_by_id
        WHERE a.task_id = $1
        ORDER BY a.created_at, a.file_name, a.id`,
      [taskId],
    );
  }

  /** One file with its bytes, only if it belongs to the task named in the address. */
  async content(taskId: string, id: string): Promise<{ fileName: string; contentType: string; content: Buffer } | null> {
    const [row]: { fileName: string; contentType: string; content: Buffer }[] = await this.db.query(
      `SELECT file_name AS "fileName", content_type AS "contentType", content FROM attachments WHERE id = $1 AND task_id = $2`,
      [id, taskId],
    );
    return row ?? null;
  }
}
