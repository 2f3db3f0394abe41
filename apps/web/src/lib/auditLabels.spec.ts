import { describe, expect, it } from '@jest/globals';
import { auditActionLabel, changedFields } from './auditLabels';

describe('audit labels', () => {
  it('names actions in Vietnamese and keeps an unknown one as it is', () => {
    expect(auditActionLabel('task.accept')).toBe('Chấp nhận kết quả');
    expect(auditActionLabel('something.new')).toBe('something.new');
  });
  it('lists the fields a change touched', () => {
    expect(changedFields({ name: 'A', code: 'X', active: true, updatedAt: '1' }, { name: 'B', code: 'X', updatedAt: '2' })).toEqual(['name']);
    expect(changedFields(null, { date: '2027-01-01', kind: 'day_off' })).toEqual(['date', 'kind']);
  });
});
