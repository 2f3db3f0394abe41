import Card from 'antd/es/card';
import Col from 'antd/es/col';
import Empty from 'antd/es/empty';
import Grid from 'antd/es/grid';
import Row from 'antd/es/row';
import Typography from 'antd/es/typography';
import { useUnitStats } from '../../api/hooks';
import { useCurrentUser } from '../../auth/AuthContext';
import { ErrorState } from '../../components/ErrorState';
import { PageHeader } from '../../components/PageHeader';
import { RequireRole } from '../../components/RequireRole';
import { formatDate } from '../../lib/dates';
import { byUrgency } from '../../lib/stats';
import { DirectiveProgressCard } from './DirectiveProgressCard';
import { OverdueTasksCard } from './OverdueTasksCard';
import { PeriodFilters } from './PeriodFilters';
import { ReportDownloads } from './ReportDownloads';
import { TotalsSummary } from './TotalsSummary';
import { UnitBars } from './UnitBars';
import { UnitCards } from './UnitCards';
import { UnitTable } from './UnitTable';
import { useReportPeriod } from './useReportPeriod';
import { PendingExtensionList, WaitingForYou } from './WaitingForYou';

function Dashboard() {
  const me = useCurrentUser();
  const { period, setDates } = useReportPeriod();
  const stats = useUnitStats(period);
  const isPhone = !Grid.useBreakpoint().md;

  // The most overdue units first, on the table as on the cards and the chart: where to look comes first.
  const rows = byUrgency(stats.data ?? []);

  return (
    <>
      <PageHeader
        title="Tổng hợp tình hình thực hiện"
        extra={
          <>
            <PeriodFilters period={period} onChange={setDates} />
            <ReportDownloads period={period} />
          </>
        }
      />

      {me.role === 'leader' && <WaitingForYou me={me} />}

      {period.asOf && (
        <Typography.Paragraph type="secondary">
          Số liệu tính đến hết ngày {formatDate(period.asOf)}, theo lịch sử của từng nhiệm vụ; danh sách nhiệm vụ khi bấm vào số là tình hình hôm nay.
        </Typography.Paragraph>
      )}
      {stats.error ? <ErrorState error={stats.error} onRetry={() => stats.refetch()} /> : <TotalsSummary rows={rows} />}

      <Row gutter={[16, 16]}>
        <Col span={24}>
          <Card title="Theo đơn vị">
            {isPhone ? stats.isLoading ? <Card loading size="small" /> : <UnitCards rows={rows} /> : <UnitTable rows={rows} loading={stats.isLoading} />}
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card title="Biểu đồ theo đơn vị">{rows.length ? <UnitBars rows={rows} /> : <Empty description="Chưa có số liệu" />}</Card>
        </Col>

        <Col xs={24} xl={14}>
          <OverdueTasksCard />
        </Col>
        {me.role !== 'leader' && (
          <Col xs={24} xl={10}>
            <Card title="Đề nghị gia hạn chờ quyết định">
              <PendingExtensionList decides={false} />
            </Card>
          </Col>
        )}

        <Col xs={24} xl={14}>
          <DirectiveProgressCard />
        </Col>
      </Row>
    </>
  );
}

export default function DashboardPage() {
  return (
    <RequireRole roles={['leader', 'clerk', 'admin']} title="Tổng hợp tình hình thực hiện">
      <Dashboard />
    </RequireRole>
  );
}
