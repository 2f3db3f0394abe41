import { Initial1795693128577 } from './1795693128577-Initial';
import { Reminders1795694028600 } from './1795694028600-Reminders';
import { Attachments1795702568224 } from './1795702568224-Attachments';
import { HeldDigests1795708690033 } from './1795708690033-HeldDigests';
import { UserTitle1796189839029 } from './1796189839029-UserTitle';
import { TokenVersion1796190455698 } from './1796190455698-TokenVersion';
import { OfficialCalendar1796191565681 } from './1796191565681-OfficialCalendar';
import { TaskStatedDeadline1796191779566 } from './1796191779566-TaskStatedDeadline';
import { RecurringDuties1796215777320 } from './1796215777320-RecurringDuties';
import { RecipientRoles1796216251436 } from './1796216251436-RecipientRoles';
import { HistoryBusinessTime1796218243518 } from './1796218243518-HistoryBusinessTime';
import { AttachmentChunks1796219847917 } from './1796219847917-AttachmentChunks';
import { YearlyDueMonth1796227328848 } from './1796227328848-YearlyDueMonth';

/** Every migration, oldest first. A new one is generated with `npm run migration:generate` and added here. */
export const MIGRATIONS = [
  Initial1795693128577,
  Reminders1795694028600,
  Attachments1795702568224,
  HeldDigests1795708690033,
  UserTitle1796189839029,
  TokenVersion1796190455698,
  OfficialCalendar1796191565681,
  TaskStatedDeadline1796191779566,
  RecurringDuties1796215777320,
  RecipientRoles1796216251436,
  HistoryBusinessTime1796218243518,
  AttachmentChunks1796219847917,
  YearlyDueMonth1796227328848,
];
