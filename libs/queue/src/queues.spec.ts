import { outboxKey } from '@dondoc/database';
import { mailJobId } from './queues.service';

describe('mail job ids', () => {
  it('are ones BullMQ accepts (no colon), new per generation', () => {
    const key = outboxKey('digest', '2026-11-26T00:30:00.000Z', 'A@B.vn');
    expect(key).toBe('digest|2026-11-26t00:30:00.000z|a@b.vn');
    expect(mailJobId({ key, generation: 0 })).not.toContain(':');
    expect(mailJobId({ key, generation: 0 })).toBe('digest|2026-11-26t00.30.00.000z|a@b.vn');
    expect(mailJobId({ key, generation: 2 })).toMatch(/\|g2$/);
  });
});
