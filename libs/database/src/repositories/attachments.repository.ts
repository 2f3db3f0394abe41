import { createHash, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Attachment, AttachmentChunk } from '../entities';
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

/** A file's bytes, written before the report it belongs to: its id, size and digest. */
export interface StoredContent {
  id: string;
  size: number;
  sha256: string;
}

export interface NewAttachment {
  taskId: string;
  taskUpdateId: string;
  uploadedById: string;
  fileName: string;
  contentType: string;
  content: StoredContent;
}

/** What the audit trail keeps of a stored file: all but its bytes. */
export type StoredAttachment = Omit<NewAttachment, 'content'> & StoredContent;

/** The files of task reports, kept in PostgreSQL beside the report they came with. */
@Injectable()
export class AttachmentsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Writes a file's pieces as they come (each at most ATTACHMENT_CHUNK_BYTES), in the caller's
   * transaction; `save` must then record the file under the same id in that transaction, or the
   * commit fails on the pieces' reference to it.
   */
  async writeContent(tx: Tx, chunks: AsyncIterable<Buffer>): Promise<StoredContent> {
    const id = randomUUID();
    const hash = createHash('sha256');
    let size = 0;
    let seq = 0;
    for await (const data of chunks) {
      hash.update(data);
      size += data.length;
      await tx.query(`INSERT INTO attachment_chunks (attachment_id, seq, data) VALUES ($1, $2, $3)`, [id, seq++, data]);
    }
    return { id, size, sha256: hash.digest('hex') };
  }

  async save(tx: Tx, file: NewAttachment): Promise<StoredAttachment> {
    const { content, ...owner } = file;
    const record = { ...owner, ...content };
    await tx.insert(Attachment, record);
    return record;
  }

  /** A task's files, oldest first; their bytes are never read here. */
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

  /** One file, only if it belongs to the task named in the address: what to send it with, and its bytes piece by piece. */
  async content(taskId: string, id: string): Promise<{ fileName: string; contentType: string; size: number; chunks: AsyncIterable<Buffer> } | null> {
    const [row]: { fileName: string; contentType: string; size: number; pieces: number }[] = await this.db.query(
      `SELECT file_name AS "fileName", content_type AS "contentType", size,
              (SELECT count(*)::int FROM attachment_chunks c WHERE c.attachment_id = a.id) AS pieces
         FROM attachments a WHERE id = $1 AND task_id = $2`,
      [id, taskId],
    );
    if (!row) return null;
    const { pieces, ...file } = row;
    return { ...file, chunks: this.chunks(id, pieces) };
  }

  /**
   * A file's pieces one query at a time, each asked for only when the reader wants the next: a
   * slow client holds one piece and no connection. Files never change once written.
   */
  private async *chunks(id: string, pieces: number): AsyncGenerator<Buffer> {
    for (let seq = 0; seq < pieces; seq++) {
      const [chunk]: Pick<AttachmentChunk, 'data'>[] = await this.db.query(`SELECT data FROM attachment_chunks WHERE attachment_id = $1 AND seq = $2`, [
        id,
        seq,
      ]);
      if (!chunk) throw new Error(`attachment ${id} lost its piece ${seq} while it was read`);
      yield chunk.data;
    }
  }
}
