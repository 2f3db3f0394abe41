import Empty from 'antd/es/empty';
import Table from 'antd/es/table';
import type { ColumnsType } from 'antd/es/table';
import Tag from 'antd/es/tag';
import { Link } from 'react-router';
import type { Timeliness, UnitStats } from '../../api/types';
import { TIMELINESS_LABEL, TIMELINESS_ORDER, TIMELINESS_TAG_COLOR, TIMELINESS_TEXT_COLOR } from '../../lib/labels';
import { totalsOf } from '../../lib/stats';
import { TEXT_COLOR } from '../../theme';

/** A unit's count of one timeliness, a link to those tasks when there are any. */
function CountLink({ row, timeliness }: { row: UnitStats; timeliness: Timeliness }) {
  const count = row[timeliness];
  if (!count) return <span style={{ color: TEXT_COLOR.secondary }}>0</span>;
  return (
    <Link
      to={`/tasks?unitId=${encodeURIComponent(String(row.unitId))}&timeliness=${timeliness}`}
      style={{ color: TIMELINESS_TEXT_COLOR[timeliness], fontWeight: 600 }}
    >
      {count}
    </Link>
  );
}

/** Every unit's counts side by side, sortable, with the totals in a last row; for a wide screen. */
export function UnitTable({ rows, loading }: { rows: UnitStats[]; loading: boolean }) {
  const totals = totalsOf(rows);
  const columns: ColumnsType<UnitStats> = [
    { title: 'Đơn vị', dataIndex: 'unitName', key: 'unit', fixed: 'left', width: 220, sorter: (a, b) => a.unitName.localeCompare(b.unitName, 'vi') },
    ...TIMELINESS_ORDER.map((timeliness) => ({
      title: (
        <Tag color={TIMELINESS_TAG_COLOR[timeliness]} style={{ marginInlineEnd: 0, whiteSpace: 'normal' }}>
          {TIMELINESS_LABEL[timeliness]}
        </Tag>
      ),
      key: timeliness,
      align: 'center' as const,
      width: 110,
      sorter: (a: UnitStats, b: UnitStats) => a[timeliness] - b[timeliness],
      render: (_: unknown, row: UnitStats) => <CountLink row={row} timeliness={timeliness} />,
    })),
    { title: 'Tổng', dataIndex: 'total', key: 'total', align: 'center', width: 80, sorter: (a, b) => a.total - b.total },
  ];
  return (
    <Table<UnitStats>
      rowKey={(row) => String(row.unitId)}
      loading={loading}
      dataSource={rows}
      columns={columns}
      size="small"
      scroll={{ x: 960 }}
      pagination={false}
      locale={{ emptyText: <Empty description="Chưa có số liệu" /> }}
      summary={() =>
        rows.length ? (
          <Table.Summary fixed="bottom">
            <Table.Summary.Row style={{ fontWeight: 600, background: '#fafafa' }}>
              <Table.Summary.Cell index={0}>Tổng cộng</Table.Summary.Cell>
              {TIMELINESS_ORDER.map((timeliness, index) => (
                <Table.Summary.Cell key={timeliness} index={index + 1} align="center">
                  {totals[timeliness]}
                </Table.Summary.Cell>
              ))}
              <Table.Summary.Cell index={TIMELINESS_ORDER.length + 1} align="center">
                {totals.total}
              </Table.Summary.Cell>
            </Table.Summary.Row>
          </Table.Summary>
        ) : undefined
      }
    />
  );
}
