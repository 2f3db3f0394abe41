import FileExcelOutlined from '@ant-design/icons/es/icons/FileExcelOutlined';
import FileWordOutlined from '@ant-design/icons/es/icons/FileWordOutlined';
import App from 'antd/es/app';
import Button from 'antd/es/button';
import Card from 'antd/es/card';
import Col from 'antd/es/col';
import DatePicker from 'antd/es/date-picker';
import Empty from 'antd/es/empty';
import Grid from 'antd/es/grid';
import List from 'antd/es/list';
import Progress from 'antd/es/progress';
import Row from 'antd/es/row';
import Table from 'antd/es/table';
import type { ColumnsType } from 'antd/es/table';
import Tag from 'antd/es/tag';
import Typography from 'antd/es/typography';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { reportsApi } from '../../api/endpoints';
import { useDirectives, useOverdueTasks, useUnitStats } from '../../api/hooks';
import type { Timeliness, UnitStats } from '../../api/types';
import { useCurrentUser } from '../../auth/AuthContext';
import { ErrorState } from '../../components/ErrorState';
import { PageHeader } from '../../components/PageHeader';
import { RequireRole } from '../../components/RequireRole';
import { describeError } from '../../lib/apiError';
import { DISPLAY_DATE_FORMAT, formatDate, isIsoDate } from '../../lib/dates';
import { TIMELINESS_LABEL, TIMELINESS_ORDER, TIMELINESS_TAG_COLOR, TIMELINESS_TEXT_COLOR } from '../../lib/labels';
import { TEXT_COLOR } from '../../theme';
import { byUrgency, onTimeRate, totalsOf } from '../../lib/stats';
import { UnitBars } from './UnitBars';
import { UnitCards } from './UnitCards';
import { PendingExtensionList, WaitingForYou } from './WaitingForYou';

function countLink(row: UnitStats, t: Timeliness) {
  const n = row[t];
  if (!n) return <span style={{ color: TEXT_COLOR.secondary }}>0</span>;
  return (
    <Link to={`/tasks?unitId=${encodeURIComponent(String(row.unitId))}&timeliness=${t}`} style={{ color: TIMELINESS_TEXT_COLOR[t], fontWeight: 600 }}>
      {n}
    </Link>
  );
}

function Summary({ rows }: { rows: UnitStats[] }) {
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
      {TIMELINESS_ORDER.map((t) => (
        <Col key={t} xs={12} sm={8} lg={3}>
          <Link to={`/tasks?timeliness=${t}`}>
            <Card size="small" hoverable>
              <div style={{ fontSize: 12, color: TEXT_COLOR.secondary, minHeight: 36 }}>{TIMELINESS_LABEL[t]}</div>
              <div style={{ fontSize: 24, fontWeight: 600, color: TIMELINESS_TEXT_COLOR[t] }}>{totals[t]}</div>
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

function Dashboard() {
  const me = useCurrentUser();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const from = isIsoDate(params.get('from')) ? params.get('from')! : undefined;
  const to = isIsoDate(params.get('to')) ? params.get('to')! : undefined;
  // The cut-off ("tính đến ngày"): last month's report made again gives last month's numbers.
  const asOf = isIsoDate(params.get('asOf')) ? params.get('asOf')! : undefined;
  const stats = useUnitStats({ from, to, asOf });
  const overdue = useOverdueTasks(20);
  const directives = useDirectives();
  const [downloading, setDownloading] = useState<'xlsx' | 'docx' | null>(null);
  const isPhone = !Grid.useBreakpoint().md;

  // The most overdue units first, on the table as on the cards and the chart: where to look comes first.
  const rows = byUrgency(stats.data ?? []);
  const totals = totalsOf(rows);

  const download = async (format: 'xlsx' | 'docx') => {
    setDownloading(format);
    try {
      await reportsApi.download(format, { from, to, asOf });
    } catch (error) {
      message.error(describeError(error));
    } finally {
      setDownloading(null);
    }
  };

  const columns: ColumnsType<UnitStats> = [
    { title: 'Đơn vị', dataIndex: 'unitName', key: 'unit', fixed: 'left', width: isPhone ? 130 : 220, sorter: (a, b) => a.unitName.localeCompare(b.unitName, 'vi') },
    ...TIMELINESS_ORDER.map((t) => ({
      title: <Tag color={TIMELINESS_TAG_COLOR[t]} style={{ marginInlineEnd: 0, whiteSpace: 'normal' }}>{TIMELINESS_LABEL[t]}</Tag>,
      key: t,
      align: 'center' as const,
      width: 110,
      sorter: (a: UnitStats, b: UnitStats) => a[t] - b[t],
      render: (_: unknown, row: UnitStats) => countLink(row, t),
    })),
    { title: 'Tổng', dataIndex: 'total', key: 'total', align: 'center', width: 80, sorter: (a, b) => a.total - b.total },
  ];

  const published = (directives.data?.items ?? []).filter((d) => d.status === 'published');

  return (
    <>
      <PageHeader
        title="Tổng hợp tình hình thực hiện"
        extra={
          <>
            <DatePicker.RangePicker
              value={[from ? dayjs(from) : null, to ? dayjs(to) : null]}
              format={DISPLAY_DATE_FORMAT}
              allowEmpty={[true, true]}
              placeholder={['Từ ngày', 'Đến ngày']}
              onChange={(dates) => {
                const next = new URLSearchParams(params);
                const [a, b] = dates ?? [null, null];
                if (a) next.set('from', a.format('YYYY-MM-DD'));
                else next.delete('from');
                if (b) next.set('to', b.format('YYYY-MM-DD'));
                else next.delete('to');
                setParams(next, { replace: true });
              }}
            />
            <DatePicker
              aria-label="Tính đến ngày"
              value={asOf ? dayjs(asOf) : null}
              format={DISPLAY_DATE_FORMAT}
              placeholder="Tính đến ngày (hôm nay)"
              disabledDate={(d) => d.isAfter(dayjs(), 'day')}
              onChange={(d) => {
                const next = new URLSearchParams(params);
                if (d) next.set('asOf', d.format('YYYY-MM-DD'));
                else next.delete('asOf');
                setParams(next, { replace: true });
              }}
            />
            <Button icon={<FileExcelOutlined />} loading={downloading === 'xlsx'} onClick={() => download('xlsx')}>
              Tải báo cáo Excel
            </Button>
            <Button icon={<FileWordOutlined />} loading={downloading === 'docx'} onClick={() => download('docx')}>
              Tải báo cáo Word
            </Button>
          </>
        }
      />

      {me.role === 'leader' && <WaitingForYou me={me} />}

      {asOf && (
        <Typography.Paragraph type="secondary">
          Số liệu tính đến hết ngày {formatDate(asOf)}, theo lịch sử của từng nhiệm vụ; danh sách nhiệm vụ khi bấm vào số là tình hình hôm nay.
        </Typography.Paragraph>
      )}
      {stats.error ? <ErrorState error={stats.error} onRetry={() => stats.refetch()} /> : <Summary rows={rows} />}

      <Row gutter={[16, 16]}>
        <Col span={24}>
          <Card title="Theo đơn vị">
            {isPhone ? (
              stats.isLoading ? <Card loading size="small" /> : <UnitCards rows={rows} />
            ) : (
              <Table<UnitStats>
                rowKey={(r) => String(r.unitId)}
                loading={stats.isLoading}
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
                        {TIMELINESS_ORDER.map((t, i) => (
                          <Table.Summary.Cell key={t} index={i + 1} align="center">
                            {totals[t]}
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
            )}
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card title="Biểu đồ theo đơn vị">
            {rows.length ? <UnitBars rows={rows} /> : <Empty description="Chưa có số liệu" />}
          </Card>
        </Col>

        <Col xs={24} xl={14}>
          <Card
            title={<span style={{ color: TIMELINESS_TEXT_COLOR.overdue }}>Nhiệm vụ quá hạn</span>}
            extra={<Link to="/tasks?timeliness=overdue">Xem tất cả ({overdue.data?.total ?? 0})</Link>}
           
          >
            {overdue.error ? (
              <ErrorState error={overdue.error} onRetry={() => overdue.refetch()} />
            ) : (
              <List
                loading={overdue.isLoading}
                dataSource={overdue.data?.items ?? []}
                locale={{ emptyText: <Empty description="Không có nhiệm vụ quá hạn" /> }}
                renderItem={(t) => (
                  <List.Item key={String(t.id)}>
                    <List.Item.Meta
                      title={
                        <Link to={`/tasks/${t.id}`}>
                          <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ margin: 0, color: 'inherit' }}>
                            {t.text}
                          </Typography.Paragraph>
                        </Link>
                      }
                      description={
                        <>
                          {t.leadUnit?.name} · Hạn <strong style={{ color: TIMELINESS_TEXT_COLOR.overdue }}>{formatDate(t.deadline)}</strong>
                          {t.originalDeadline && t.originalDeadline !== t.deadline ? ` (ban đầu ${formatDate(t.originalDeadline)})` : ''} · {t.progress}%
                        </>
                      }
                    />
                  </List.Item>
                )}
              />
            )}
          </Card>
        </Col>
        {me.role !== 'leader' && (
          <Col xs={24} xl={10}>
            <Card title="Đề nghị gia hạn chờ quyết định">
              <PendingExtensionList decides={false} />
            </Card>
          </Col>
        )}

        <Col xs={24} xl={14}>
          <Card title="Tiến độ theo văn bản chỉ đạo" extra={<Link to="/directives">Tất cả văn bản</Link>}>
            {directives.error ? (
              <ErrorState error={directives.error} onRetry={() => directives.refetch()} />
            ) : (
              <List
                loading={directives.isLoading}
                dataSource={published}
                locale={{ emptyText: <Empty description="Chưa có văn bản đã ban hành" /> }}
                renderItem={(d) => {
                  const percent = d.taskCount ? Math.round((d.doneCount / d.taskCount) * 100) : 0;
                  return (
                    <List.Item key={String(d.id)}>
                      <div style={{ width: '100%' }}>
                        <Link to={`/directives/${d.id}`}>
                          {[d.number, d.symbol].filter(Boolean).join('/') || d.docType || 'Văn bản'}
                          {d.date ? ` ngày ${formatDate(d.date)}` : ''}
                        </Link>
                        <Typography.Paragraph ellipsis={{ rows: 1 }} type="secondary" style={{ margin: 0 }}>
                          {d.title}
                        </Typography.Paragraph>
                        <div style={{ display: 'flex', alignItems: 'center', gap: 12, flexWrap: 'wrap' }}>
                          <Progress percent={percent} size="small" style={{ flex: 1, minWidth: 160, margin: 0 }} format={() => `${d.doneCount}/${d.taskCount}`} aria-label="Nhiệm vụ đã hoàn thành" />
                          {d.overdueCount > 0 && (
                            <Link to={`/tasks?directiveId=${encodeURIComponent(String(d.id))}&timeliness=overdue`}>
                              <Tag color="red">{d.overdueCount} quá hạn</Tag>
                            </Link>
                          )}
                        </div>
                      </div>
                    </List.Item>
                  );
                }}
              />
            )}
          </Card>
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
