import { describe, expect, it } from '@jest/globals';
import { DEFAULT_PAGE_SIZE, filtersFromSearch, filtersToQuery, filtersToSearch, withFilter } from './taskFilters';

describe('task filters in the URL', () => {
  it('reads every filter', () => {
    const filters = filtersFromSearch(
      new URLSearchParams('unitId=7&status=in_progress&timeliness=overdue&q=tr%C6%B0%E1%BB%9Dng&dueFrom=2023-10-01&dueTo=2023-10-31&page=3&pageSize=50'),
    );
    expect(filters).toEqual({
      unitId: '7',
      status: 'in_progress',
      timeliness: 'overdue',
      q: 'trường',
      dueFrom: '2023-10-01',
      dueTo: '2023-10-31',
      directiveId: undefined,
      page: 3,
      pageSize: 50,
    });
  });

  it('drops values the API would refuse', () => {
    const filters = filtersFromSearch(new URLSearchParams('status=late&timeliness=x&dueFrom=31/10/2023&page=-1&pageSize=100000&q=%20%20'));
    expect(filters).toEqual({
      unitId: undefined,
      status: undefined,
      timeliness: undefined,
      q: undefined,
      dueFrom: undefined,
      dueTo: undefined,
      directiveId: undefined,
      page: 1,
      pageSize: DEFAULT_PAGE_SIZE,
    });
  });

  it('round-trips through the URL', () => {
    const search = 'unitId=abc&timeliness=due_soon&dueFrom=2024-01-01&page=2';
    expect(filtersToSearch(filtersFromSearch(new URLSearchParams(search))).toString()).toBe(search);
  });

  it('leaves defaults out of the URL but sends paging to the API', () => {
    const filters = filtersFromSearch(new URLSearchParams(''));
    expect(filtersToSearch(filters).toString()).toBe('');
    expect(filtersToQuery(filters)).toEqual({ page: '1', pageSize: String(DEFAULT_PAGE_SIZE) });
  });

  it('goes back to page 1 when a filter changes', () => {
    const filters = filtersFromSearch(new URLSearchParams('page=4&pageSize=50'));
    expect(withFilter(filters, { status: 'done' })).toMatchObject({ status: 'done', page: 1, pageSize: 50 });
  });
});
