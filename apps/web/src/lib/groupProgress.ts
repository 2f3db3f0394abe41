import type { UnitKind } from '../api/types';

const SCHOOLS: readonly UnitKind[] = ['preschool', 'primary_school', 'lower_secondary_school'];

/** What a group's members are called: `trường` when all are schools, `xã` when all are communes, `đơn vị` otherwise. */
export function membersNoun(kinds: readonly (UnitKind | undefined)[]): string {
  if (kinds.length && kinds.every((k) => k !== undefined && SCHOOLS.includes(k))) return 'trường';
  if (kinds.length && kinds.every((k) => k === 'commune')) return 'xã';
  return 'đơn vị';
}

/** `9/12 trường đã hoàn thành`: the members whose every task of the group is done. */
export function groupSummary(progress: { units: number; unitsDone: number }, noun: string): string {
  return `${progress.unitsDone}/${progress.units} ${noun} đã hoàn thành`;
}
