import type { Id, Unit } from '../api/types';

export type UnitNode = Unit & { key: string; children?: UnitNode[] };

/**
 * Builds the unit tree from parentId. A unit whose parent is missing, or that sits in a cycle,
 * becomes a root so that no unit disappears from the admin screen.
 */
export function buildUnitTree(units: readonly Unit[]): UnitNode[] {
  const byId = new Map<string, UnitNode>();
  for (const unit of units) byId.set(String(unit.id), { ...unit, key: String(unit.id) });

  const reachesItself = (start: Unit): boolean => {
    const seen = new Set<string>([String(start.id)]);
    let parent = start.parentId;
    while (parent !== null && parent !== undefined) {
      const key = String(parent);
      if (seen.has(key)) return key === String(start.id);
      seen.add(key);
      const next = byId.get(key);
      if (!next) return false;
      parent = next.parentId;
    }
    return false;
  };

  const roots: UnitNode[] = [];
  for (const unit of units) {
    const node = byId.get(String(unit.id))!;
    const parent = unit.parentId === null || unit.parentId === undefined ? undefined : byId.get(String(unit.parentId));
    if (!parent || reachesItself(unit)) {
      roots.push(node);
    } else {
      (parent.children ??= []).push(node);
    }
  }
  const sortTree = (nodes: UnitNode[]) => {
    nodes.sort((a, b) => a.name.localeCompare(b.name, 'vi'));
    for (const node of nodes) if (node.children) sortTree(node.children);
  };
  sortTree(roots);
  return roots;
}

/** Ids of a unit and everything below it: a unit may not be moved under one of these. */
export function descendantIds(units: readonly Unit[], id: Id): Set<string> {
  const result = new Set<string>([String(id)]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const unit of units) {
      if (unit.parentId !== null && unit.parentId !== undefined && result.has(String(unit.parentId)) && !result.has(String(unit.id))) {
        result.add(String(unit.id));
        grew = true;
      }
    }
  }
  return result;
}
