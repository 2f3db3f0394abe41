export * from './vocabulary';
export * from './timeliness';
export * from './task-state';
export * from './text';
export * from './clock';
export * from './reminder-plan';
export * from './recurrence';
export * from './recipients';
