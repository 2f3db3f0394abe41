import { describe, expect, it } from '@jest/globals';
import { formatDate, formatDateTime, isIsoDate, newDeadlineProblem, parseDisplayDate, todayIso } from './dates';

describe('formatDate', () => {
  it('shows a calendar day as dd/MM/yyyy without shifting it', () => {
    expect(formatDate('2023-10-31')).toBe('31/10/2023');
    expect(formatDate('2024-01-01')).toBe('01/01/2024');
  });

  it('shows a timestamp as its day in Vietnam', () => {
    expect(formatDate('2023-10-31T18:00:00Z')).toBe('01/11/2023');
    expect(formatDate('2023-10-31T16:59:00Z')).toBe('31/10/2023');
  });

  it('is empty for no value and leaves garbage alone', () => {
    expect(formatDate(null)).toBe('');
    expect(formatDate(undefined)).toBe('');
    expect(formatDate('soon')).toBe('soon');
  });
});

describe('formatDateTime', () => {
  it('gives HH:mm dd/MM/yyyy in Vietnam time', () => {
    expect(formatDateTime('2023-10-02T00:30:00Z')).toBe('07:30 02/10/2023');
    expect(formatDateTime('2023-12-31T17:05:00Z')).toBe('00:05 01/01/2024');
  });
});

describe('isIsoDate', () => {
  it('accepts real days only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2023-13-01')).toBe(false);
    expect(isIsoDate('31/10/2023')).toBe(false);
    expect(isIsoDate(null)).toBe(false);
  });
});

describe('parseDisplayDate', () => {
  it('reads dd/MM/yyyy and short forms', () => {
    expect(parseDisplayDate('31/10/2023')).toBe('2023-10-31');
    expect(parseDisplayDate('1/2/2024')).toBe('2024-02-01');
    expect(parseDisplayDate('15/12/23')).toBe('2023-12-15');
  });

  it('refuses days that do not exist', () => {
    expect(parseDisplayDate('31/11/2023')).toBeNull();
    expect(parseDisplayDate('2023-10-31')).toBeNull();
  });
});

describe('todayIso', () => {
  it('uses the Vietnamese calendar day', () => {
    expect(todayIso(new Date('2023-10-31T17:30:00Z'))).toBe('2023-11-01');
    expect(todayIso(new Date('2023-10-31T16:30:00Z'))).toBe('2023-10-31');
  });
});

describe('newDeadlineProblem', () => {
  it('refuses a day in the past, then one not after the current deadline', () => {
    expect(newDeadlineProblem('2026-11-30', '2026-12-10', '2026-12-02')).toBe('Hạn mới không thể ở trong quá khứ.');
    expect(newDeadlineProblem('2026-12-10', '2026-12-10', '2026-12-02')).toBe('Hạn mới phải sau hạn hiện tại (10/12/2026).');
    expect(newDeadlineProblem('2026-12-02', '2026-11-20', '2026-12-02')).toBeNull();
    expect(newDeadlineProblem('2026-12-02', null, '2026-12-02')).toBeNull();
  });
});
