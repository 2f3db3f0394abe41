import Card from 'antd/es/card';
import Col from 'antd/es/col';
import Row from 'antd/es/row';
import { Link } from 'react-router';
import type { UnitStats } from '../../api/types';
import { TIMELINESS_LABEL, TIMELINESS_ORDER, TIMELINESS_TEXT_COLOR } from '../../lib/labels';
import { onTimeRate, totalsOf } from '../../lib/stats';
import { TEXT_COLOR } from '../../theme';

/** The whole count at a glance: every task, each timeliness (a link to those tasks), and the on-time rate. */
export function TotalsSummary({ rows }: { rows: UnitStats[] }) {
  const totals = totalsOf(rows);
  const rate = onTimeRate(totals);
  return (
    <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
      <Col xs={12} sm={8} lg={3}>
        <Card size="small">
          <div style={{ fontSize: 12, color: TEXT_COLOR.secondary, minHeight: 36 }}>Tổng số nhiệm vụ</div>
          <div style={{ fontSize: 24, fontWeight: 600 }}>{totals.total}</div>
        </Card>
      </Col>
      {TIMELINESS_ORDER.map((timeliness) => (
        <Col key={timeliness} xs={12} sm={8} lg={3}>
          <Link to={`/tasks?timeliness=${timeliness}`}>
            <Card size="small" hoverable>
              <div style={{ fontSize: 12, color: TEXT_COLOR.secondary, minHeight: 36 }}>{TIMELINESS_LABEL[timeliness]}</div>
              <div style={{ fontSize: 24, fontWeight: 600, color: TIMELINESS_TEXT_COLOR[timeliness] }}>{totals[timeliness]}</div>
            </Card>
          </Link>
        </Col>
      ))}
      <Col xs={12} sm={8} lg={3}>
        <Card size="small">
          <div style={{ fontSize: 12, color: TEXT_COLOR.secondary, minHeight: 36 }}>Tỷ lệ hoàn thành đúng hạn</div>
          <div style={{ fontSize: 24, fontWeight: 600 }}>{rate === null ? '—' : `${rate}%`}</div>
        </Card>
      </Col>
    </Row>
  );
}
