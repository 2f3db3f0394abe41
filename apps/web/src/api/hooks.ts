import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { TaskFilters } from '../lib/taskFilters';
import { directivesApi, extensionsApi, statsApi, tasksApi, unitsApi, usersApi, type ReportPeriod } from './endpoints';
import type { Id, Role } from './types';

export const queryKeys = {
  me: ['me'] as const,
  units: ['units'] as const,
  users: (role?: Role) => ['users', role ?? 'all'] as const,
  tasks: (filters: TaskFilters) => ['tasks', 'list', filters] as const,
  tasksAll: ['tasks'] as const,
  task: (taskId: Id) => ['tasks', 'detail', String(taskId)] as const,
  overdue: ['tasks', 'overdue'] as const,
  submitted: ['tasks', 'submitted'] as const,
  directives: ['directives'] as const,
  directive: (directiveId: Id) => ['directives', String(directiveId)] as const,
  stats: (period: ReportPeriod) => ['stats', period.from ?? '', period.to ?? '', period.asOf ?? ''] as const,
  pendingExtensions: ['extension-requests', 'pending'] as const,
};

/** Units change rarely and every screen needs them for names and pickers. */
export function useUnits() {
  return useQuery({ queryKey: queryKeys.units, queryFn: unitsApi.list, staleTime: 5 * 60_000 });
}

export function useUsers(role?: Role, enabled = true) {
  return useQuery({ queryKey: queryKeys.users(role), queryFn: () => usersApi.list(role), staleTime: 60_000, enabled });
}

export function useTasks(filters: TaskFilters) {
  return useQuery({
    queryKey: queryKeys.tasks(filters),
    queryFn: () => tasksApi.list(filters),
    placeholderData: keepPreviousData,
  });
}

export function useTask(taskId: Id) {
  return useQuery({ queryKey: queryKeys.task(taskId), queryFn: () => tasksApi.get(taskId) });
}

export function useOverdueTasks(limit: number) {
  return useQuery({
    queryKey: [...queryKeys.overdue, limit],
    queryFn: () => tasksApi.listRaw({ timeliness: 'overdue', page: 1, pageSize: limit }),
  });
}

export function useSubmittedTasks(enabled = true) {
  return useQuery({ queryKey: queryKeys.submitted, queryFn: tasksApi.submitted, enabled });
}

export function useDirectives() {
  return useQuery({ queryKey: queryKeys.directives, queryFn: () => directivesApi.list({ pageSize: 200 }) });
}

export function useDirective(directiveId: Id) {
  return useQuery({ queryKey: queryKeys.directive(directiveId), queryFn: () => directivesApi.get(directiveId) });
}

export function useUnitStats(period: ReportPeriod) {
  return useQuery({ queryKey: queryKeys.stats(period), queryFn: () => statsApi.units(period) });
}

export function usePendingExtensions(enabled = true) {
  return useQuery({ queryKey: queryKeys.pendingExtensions, queryFn: extensionsApi.pending, enabled });
}
