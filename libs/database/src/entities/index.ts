import { Unit } from './unit.entity';
import { User } from './user.entity';
import { Directive } from './directive.entity';
import { Assignment, AssignmentItem } from './assignment.entity';
import { Task } from './task.entity';
import { TaskSeries } from './task-series.entity';
import { DeadlineChange, ExtensionRequest, TaskUpdate } from './task-history.entity';
import { AuditEntry } from './audit-entry.entity';
import { CalendarDay, CalendarYear } from './calendar-day.entity';
import { ReminderSchedule, ReminderSettings, ReminderStep } from './reminder.entity';
import { CaughtMail, Notification } from './notification.entity';
import { Attachment, AttachmentChunk } from './attachment.entity';

export * from './unit.entity';
export * from './user.entity';
export * from './directive.entity';
export * from './assignment.entity';
export * from './task.entity';
export * from './task-series.entity';
export * from './task-history.entity';
export * from './audit-entry.entity';
export * from './calendar-day.entity';
export * from './reminder.entity';
export * from './notification.entity';
export * from './attachment.entity';

export const ENTITIES = [
  Unit,
  User,
  Directive,
  Assignment,
  AssignmentItem,
  Task,
  TaskSeries,
  TaskUpdate,
  ExtensionRequest,
  DeadlineChange,
  AuditEntry,
  CalendarDay,
  CalendarYear,
  ReminderSettings,
  ReminderSchedule,
  ReminderStep,
  Notification,
  CaughtMail,
  Attachment,
  AttachmentChunk,
];
