import type { TaskStatus, Timeliness } from '../api/types';
import { isIsoDate } from './dates';
import { isTaskStatus, isTimeliness } from './labels';

/** The task list's filters; they live in the URL so a filtered list can be bookmarked and shared. */
export interface TaskFilters {
  unitId?: string;
  status?: TaskStatus;
  timeliness?: Timeliness;
  q?: string;
  dueFrom?: string;
  dueTo?: string;
  directiveId?: string;
  /** `subordinates`: a unit's head follows the tasks of the units under his (read-only). */
  scope?: 'subordinates';
  page: number;
  pageSize: number;
}

export const DEFAULT_PAGE_SIZE = 20;
export const PAGE_SIZE_OPTIONS = [10, 20, 50, 100] as const;

function positiveInt(value: string | null, fallback: number, max: number): number {
  if (value === null || !/^\d+$/.test(value)) return fallback;
  const parsed = Number(value);
  return parsed >= 1 && parsed <= max ? parsed : fallback;
}

function nonEmpty(value: string | null): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/** Reads filters from the URL, dropping values the API would reject. */
export function filtersFromSearch(params: URLSearchParams): TaskFilters {
  const status = params.get('status');
  const timeliness = params.get('timeliness');
  const dueFrom = params.get('dueFrom');
  const dueTo = params.get('dueTo');
  return {
    unitId: nonEmpty(params.get('unitId')),
    status: isTaskStatus(status) ? status : undefined,
    timeliness: isTimeliness(timeliness) ? timeliness : undefined,
    q: nonEmpty(params.get('q')),
    dueFrom: isIsoDate(dueFrom) ? dueFrom : undefined,
    dueTo: isIsoDate(dueTo) ? dueTo : undefined,
    directiveId: nonEmpty(params.get('directiveId')),
    scope: params.get('scope') === 'subordinates' ? 'subordinates' : undefined,
    page: positiveInt(params.get('page'), 1, 100000),
    pageSize: positiveInt(params.get('pageSize'), DEFAULT_PAGE_SIZE, 100),
  };
}

const KEYS = ['unitId', 'status', 'timeliness', 'q', 'dueFrom', 'dueTo', 'directiveId', 'scope'] as const;

/** The query the API takes: only the filters that are set, plus paging. */
export function filtersToQuery(filters: TaskFilters): Record<string, string> {
  const query: Record<string, string> = {};
  for (const key of KEYS) {
    const value = filters[key];
    if (value) query[key] = value;
  }
  query.page = String(filters.page);
  query.pageSize = String(filters.pageSize);
  return query;
}

/** The URL form: like the API query, but the default page and page size are left out. */
export function filtersToSearch(filters: TaskFilters): URLSearchParams {
  const query = filtersToQuery(filters);
  if (filters.page === 1) delete query.page;
  if (filters.pageSize === DEFAULT_PAGE_SIZE) delete query.pageSize;
  return new URLSearchParams(query);
}

/** Changing a filter starts again at page 1: the old page may not exist in the new result. */
export function withFilter(filters: TaskFilters, patch: Partial<Omit<TaskFilters, 'page' | 'pageSize'>>): TaskFilters {
  return { ...filters, ...patch, page: 1 };
}
