import Button from 'antd/es/button';
import Flex from 'antd/es/flex';
import Tooltip from 'antd/es/tooltip';
import { useState } from 'react';
import { Link } from 'react-router';
import type { UnitStats } from '../../api/types';
import { TIMELINESS_CHART_COLOR, TIMELINESS_LABEL, TIMELINESS_ORDER } from '../../lib/labels';
import { byUrgency } from '../../lib/stats';

const COLLAPSED_ROWS = 12;

/** A stacked bar per unit drawn with plain CSS; no chart library is needed for six colours. */
export function UnitBars({ rows }: { rows: UnitStats[] }) {
  const [all, setAll] = useState(false);
  const sorted = byUrgency(rows.filter((r) => r.total > 0));
  const shown = all ? sorted : sorted.slice(0, COLLAPSED_ROWS);
  const max = Math.max(1, ...sorted.map((r) => r.total));

  return (
    <div>
      <Flex gap={12} wrap style={{ marginBottom: 12, fontSize: 12 }}>
        {TIMELINESS_ORDER.map((timeliness) => (
          <span key={timeliness}>
            <span style={{ display: 'inline-block', width: 10, height: 10, background: TIMELINESS_CHART_COLOR[timeliness], borderRadius: 2, marginRight: 4 }} />
            {TIMELINESS_LABEL[timeliness]}
          </span>
        ))}
      </Flex>
      <div role="list" aria-label="Biểu đồ nhiệm vụ theo đơn vị">
        {shown.map((row) => (
          // The whole name above its bar: cut to fit beside it, "Trường THCS ..." would tell no school from another.
          <div key={String(row.unitId)} role="listitem" style={{ marginBottom: 8 }}>
            <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8, fontSize: 13 }}>
              <span style={{ overflowWrap: 'anywhere' }}>{row.unitName}</span>
              <span>{row.total}</span>
            </div>
            <div style={{ display: 'flex', height: 14, background: '#f5f5f5', borderRadius: 3, overflow: 'hidden' }}>
              {TIMELINESS_ORDER.filter((timeliness) => row[timeliness] > 0).map((timeliness) => (
                <Tooltip key={timeliness} title={`${TIMELINESS_LABEL[timeliness]}: ${row[timeliness]}`}>
                  <Link
                    to={`/tasks?unitId=${encodeURIComponent(String(row.unitId))}&timeliness=${timeliness}`}
                    aria-label={`${row.unitName}, ${TIMELINESS_LABEL[timeliness]}: ${row[timeliness]}`}
                    style={{ width: `${(row[timeliness] / max) * 100}%`, background: TIMELINESS_CHART_COLOR[timeliness], display: 'block' }}
                  />
                </Tooltip>
              ))}
            </div>
          </div>
        ))}
      </div>
      {sorted.length > COLLAPSED_ROWS && (
        <Button type="link" onClick={() => setAll((v) => !v)} style={{ paddingInline: 0 }}>
          {all ? 'Thu gọn' : `Xem tất cả ${sorted.length} đơn vị`}
        </Button>
      )}
    </div>
  );
}
