import { describe, expect, it } from '@jest/globals';
import { directiveLabel, directiveName, numberAndSymbol } from './directive-label';

describe('numberAndSymbol', () => {
  it('joins number and symbol with a slash, leaving out a blank one', () => {
    expect(numberAndSymbol({ number: '15', symbol: 'TB-UBND' })).toBe('15/TB-UBND');
    expect(numberAndSymbol({ number: '', symbol: 'TB-UBND' })).toBe('TB-UBND');
    expect(numberAndSymbol({ number: '15', symbol: null })).toBe('15');
    expect(numberAndSymbol({ number: null, symbol: null })).toBe('');
  });
});

describe('directiveName', () => {
  it('writes the type, then the number and symbol', () => {
    expect(directiveName({ docType: 'Thông báo', number: '15', symbol: 'TB-UBND' })).toBe('Thông báo số 15/TB-UBND');
  });

  it('writes whichever of number and symbol there is', () => {
    expect(directiveName({ docType: 'Thông báo', number: null, symbol: 'TB-UBND' })).toBe('Thông báo số TB-UBND');
    expect(directiveName({ docType: 'Thông báo', number: '15', symbol: null })).toBe('Thông báo số 15');
  });

  it('names a directive with no type, or none known, a Văn bản', () => {
    expect(directiveName({ docType: null, number: '301', symbol: 'KH-UBND' })).toBe('Văn bản số 301/KH-UBND');
    expect(directiveName({ docType: '', number: '301', symbol: 'KH-UBND' })).toBe('Văn bản số 301/KH-UBND');
    expect(directiveName({ number: '301', symbol: 'KH-UBND' })).toBe('Văn bản số 301/KH-UBND');
  });

  it('names a directive with neither number nor symbol by its type alone', () => {
    expect(directiveName({ docType: 'Công văn', number: null, symbol: '' })).toBe('Công văn');
    expect(directiveName({ number: null, symbol: null })).toBe('Văn bản');
  });
});

describe('directiveLabel', () => {
  it('adds the date as a document is cited', () => {
    expect(directiveLabel({ docType: 'Thông báo', number: '12', symbol: 'TB-UBND', date: '2026-11-20' })).toBe('Thông báo số 12/TB-UBND ngày 20/11/2026');
  });

  it('names a document by its type, number and symbol, and date, as the mails did', () => {
    expect(directiveLabel({ docType: 'Thông báo', number: '12', symbol: 'TB-UBND', date: '2026-11-20' })).toBe('Thông báo số 12/TB-UBND ngày 20/11/2026');
    expect(directiveLabel({ docType: null, number: null, symbol: 'KH-UBND', date: null })).toBe('Văn bản số KH-UBND');
    expect(directiveLabel({ docType: 'Công văn', number: null, symbol: null, date: null })).toBe('Công văn');
  });

  it('names an undated directive without a date', () => {
    expect(directiveLabel({ number: '15', symbol: 'TB-UBND' })).toBe('Văn bản số 15/TB-UBND');
    expect(directiveLabel({ number: null, symbol: null, date: '2026-11-20' })).toBe('Văn bản ngày 20/11/2026');
  });
});
