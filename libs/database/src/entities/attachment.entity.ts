import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Task } from './task.entity';
import { TaskUpdate } from './task-history.entity';
import { User } from './user.entity';

/**
 * A file sent with a progress report, a submission or a note. The bytes live in PostgreSQL because
 * the API replicas keep nothing on disk, in `attachment_chunks`, so that neither an upload nor a
 * download ever holds a whole file in memory.
 */
@Entity('attachments')
@Index(['taskId', 'createdAt'])
export class Attachment {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  taskId!: string;

  @ManyToOne(() => Task, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'task_id' })
  task?: Relation<Task>;

  @Index()
  @Column({ type: 'uuid' })
  taskUpdateId!: string;

  @ManyToOne(() => TaskUpdate, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'task_update_id' })
  taskUpdate?: Relation<TaskUpdate>;

  @Column({ type: 'varchar', length: 255 })
  fileName!: string;

  @Column({ type: 'varchar', length: 127 })
  contentType!: string;

  @Column({ type: 'integer' })
  size!: number;

  /** Hex SHA-256 of the content, so a copy can be checked against what was uploaded. */
  @Column({ type: 'char', length: 64 })
  sha256!: string;

  @Column({ type: 'uuid' })
  uploadedById!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'uploaded_by_id' })
  uploadedBy?: Relation<User>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

/** The bytes of attachments are cut into pieces of this size: one piece at a time is in memory. */
export const ATTACHMENT_CHUNK_BYTES = 256 * 1024;

/**
 * One piece of a file's bytes, `seq` from 0. The pieces are written as the upload is read, before
 * the report and its attachment row exist, so the reference to the attachment is checked when the
 * transaction commits: a refused report leaves no piece behind.
 */
@Entity('attachment_chunks')
export class AttachmentChunk {
  @PrimaryColumn({ type: 'uuid' })
  attachmentId!: string;

  @ManyToOne(() => Attachment, { onDelete: 'CASCADE', deferrable: 'INITIALLY DEFERRED' })
  @JoinColumn({ name: 'attachment_id' })
  attachment?: Relation<Attachment>;

  @PrimaryColumn({ type: 'integer' })
  seq!: number;

  @Column({ type: 'bytea' })
  data!: Buffer;
}
