import { describe, expect, it } from '@jest/globals';
import { groupSummary, membersNoun } from './groupProgress';

describe("a group's progress", () => {
  it('names schools, communes, or units', () => {
    expect(membersNoun(['preschool', 'primary_school', 'lower_secondary_school'])).toBe('trường');
    expect(membersNoun(['commune', 'commune'])).toBe('xã');
    expect(membersNoun(['primary_school', 'department'])).toBe('đơn vị');
    expect(membersNoun(['primary_school', undefined])).toBe('đơn vị');
    expect(membersNoun([])).toBe('đơn vị');
  });

  it('says how many members are done out of all', () => {
    expect(groupSummary({ units: 12, unitsDone: 9 }, 'trường')).toBe('9/12 trường đã hoàn thành');
  });
});
