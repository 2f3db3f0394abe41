import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Task } from './task.entity';
import { TaskUpdate } from './task-history.entity';
import { User } from './user.entity';

/**
 * A file sent with a progress report, a submission or a note. The bytes live in PostgreSQL because
 * the API replicas keep nothing on disk; `content` is left out of every query unless asked for by
 * name, so listing a task's files never reads them.
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

  @Column({ type: 'bytea', select: false })
  content!: Buffer;

  @Column({ type: 'uuid' })
  uploadedById!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'uploaded_by_id' })
  uploadedBy?: Relation<User>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
