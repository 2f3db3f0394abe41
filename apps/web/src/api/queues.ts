import { request } from './client';

export type QueueState = 'waiting' | 'active' | 'delayed' | 'failed' | 'completed';

export interface QueueCounts {
  name: string;
  /** What the queue is for, in Vietnamese. */
  label: string;
  counts: Record<QueueState, number>;
}

export const queuesApi = {
  counts: () => request<QueueCounts[]>('GET', '/admin/queues'),
  /** Sets the cookie Bull Board needs and says where it is. */
  openBoard: () => request<{ url: string; expiresInSeconds: number }>('POST', '/admin/queues/session'),
};
