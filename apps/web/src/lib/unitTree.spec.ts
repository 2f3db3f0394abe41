import { describe, expect, it } from '@jest/globals';
import type { Unit } from '../api/types';
import { buildUnitTree, descendantIds } from './unitTree';

const unit = (id: number, name: string, parentId: number | null): Unit => ({
  id: String(id),
  code: `U${id}`,
  name,
  kind: 'department',
  parentId: parentId === null ? null : String(parentId),
  aliases: [],
  email: null,
  headUserId: null,
  active: true,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
});

describe('buildUnitTree', () => {
  it('nests units under their parent, sorted by Vietnamese name', () => {
    const tree = buildUnitTree([
      unit(1, 'UBND huyện', null),
      unit(3, 'Phòng Tài chính', 1),
      unit(2, 'Phòng Nội vụ', 1),
      unit(4, 'Trường Mầm non A', 5),
      unit(5, 'Phòng Giáo dục', 1),
    ]);
    expect(tree).toHaveLength(1);
    expect(tree[0]?.children?.map((c) => c.name)).toEqual(['Phòng Giáo dục', 'Phòng Nội vụ', 'Phòng Tài chính']);
    expect(tree[0]?.children?.[0]?.children?.map((c) => c.id)).toEqual(['4']);
  });

  it('keeps orphans and cycles visible as roots', () => {
    const tree = buildUnitTree([unit(1, 'A', 99), unit(2, 'B', 3), unit(3, 'C', 2)]);
    expect(tree.map((n) => n.id).sort()).toEqual(['1', '2', '3']);
  });
});

describe('descendantIds', () => {
  it('lists a unit and everything below it', () => {
    const units = [unit(1, 'A', null), unit(2, 'B', 1), unit(3, 'C', 2), unit(4, 'D', null)];
    expect([...descendantIds(units, '1')].sort()).toEqual(['1', '2', '3']);
  });
});
