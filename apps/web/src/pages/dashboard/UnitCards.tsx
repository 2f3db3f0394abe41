import Card from 'antd/es/card';
import Empty from 'antd/es/empty';
import Flex from 'antd/es/flex';
import { useId } from 'react';
import { Link } from 'react-router';
import type { Timeliness, UnitStats } from '../../api/types';
import { TIMELINESS_LABEL, TIMELINESS_TEXT_COLOR } from '../../lib/labels';

/** What a leader looks at first for each unit; the other categories are on the wide table. */
const AT_A_GLANCE: readonly Timeliness[] = ['overdue', 'due_soon', 'done_on_time'];

function UnitCard({ row }: { row: UnitStats }) {
  const nameId = useId();
  return (
    <Card size="small" role="listitem" data-unit={row.unitName} style={{ marginBottom: 8 }}>
      <Flex justify="space-between" gap={8} style={{ marginBottom: 6 }}>
        <strong id={nameId} style={{ overflowWrap: 'anywhere' }}>
          {row.unitName}
        </strong>
        <span style={{ whiteSpace: 'nowrap' }}>{row.total} nhiệm vụ</span>
      </Flex>
      <Flex gap={8}>
        {AT_A_GLANCE.map((timeliness) => (
          // Named by what it shows ("3 Quá hạn"), so voice control finds it; the unit is its description.
          <Link
            key={timeliness}
            to={`/tasks?unitId=${encodeURIComponent(String(row.unitId))}&timeliness=${timeliness}`}
            data-timeliness={timeliness}
            aria-describedby={nameId}
            style={{ flex: 1, minWidth: 0, color: 'inherit' }}
          >
            <div style={{ fontSize: 20, fontWeight: 600, color: row[timeliness] ? TIMELINESS_TEXT_COLOR[timeliness] : 'rgba(0,0,0,.65)' }}>
              {row[timeliness]}
            </div>
            <div style={{ fontSize: 12, lineHeight: 1.3 }}>{TIMELINESS_LABEL[timeliness]}</div>
          </Link>
        ))}
      </Flex>
    </Card>
  );
}

/** One small card per unit with tasks, for a phone, in the order given (the most overdue first), with nothing to scroll sideways. */
export function UnitCards({ rows }: { rows: readonly UnitStats[] }) {
  const withTasks = rows.filter((r) => r.total > 0);
  if (!withTasks.length) return <Empty description="Chưa có số liệu" />;
  return (
    <div role="list" aria-label="Nhiệm vụ theo đơn vị">
      {withTasks.map((row) => (
        <UnitCard key={String(row.unitId)} row={row} />
      ))}
    </div>
  );
}
