export * from './redis';
export * from './queues';
export * from './queues.service';
export * from './queue.module';
export * from './processor';
