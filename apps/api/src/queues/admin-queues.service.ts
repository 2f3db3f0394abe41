import { Injectable, ServiceUnavailableException } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { Queues, withDeadline, type QueueName } from '@dondoc/queue';

export const COUNTED_STATES = ['waiting', 'active', 'delayed', 'failed', 'completed'] as const;
export type QueueCounts = Record<(typeof COUNTED_STATES)[number], number>;

/** What each queue is for, in the words the admin's summary and Bull Board show. */
export const QUEUE_LABELS: Record<QueueName, { label: string; description: string }> = {
  mail: { label: 'Gửi thư', description: 'Thư nhắc việc, thông báo giao việc, gia hạn, trả lại kết quả và tổng hợp tuần' },
  reminders: { label: 'Quét nhắc việc, tổng hợp tuần', description: 'Lần quét hằng ngày tìm việc cần nhắc và lịch gửi tổng hợp tuần' },
};

// BullMQ waits for Redis as long as it takes; an admin screen should say it is down instead.
const READ_DEADLINE_MS = 3000;

/** The worker's queues, by the same names and prefix, for the admins' counts and Bull Board. */
@Injectable()
export class AdminQueuesService {
  readonly queues: Queue[];

  constructor(queues: Queues) {
    this.queues = queues.all();
  }

  labelOf(queue: Queue): { label: string; description: string } {
    return QUEUE_LABELS[queue.name as QueueName] ?? { label: queue.name, description: '' };
  }

  async counts(): Promise<{ name: string; label: string; counts: QueueCounts }[]> {
    try {
      return await withDeadline(
        Promise.all(
          this.queues.map(async (q) => ({ name: q.name, label: this.labelOf(q).label, counts: (await q.getJobCounts(...COUNTED_STATES)) as QueueCounts })),
        ),
        READ_DEADLINE_MS,
      );
    } catch {
      throw new ServiceUnavailableException('Không đọc được hàng đợi: Redis không trả lời');
    }
  }
}
