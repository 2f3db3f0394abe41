import ReloadOutlined from '@ant-design/icons/es/icons/ReloadOutlined';
import Button from 'antd/es/button';
import Card from 'antd/es/card';
import DatePicker from 'antd/es/date-picker';
import Empty from 'antd/es/empty';
import Flex from 'antd/es/flex';
import Grid from 'antd/es/grid';
import Input from 'antd/es/input';
import List from 'antd/es/list';
import Pagination from 'antd/es/pagination';
import Segmented from 'antd/es/segmented';
import Select from 'antd/es/select';
import Table from 'antd/es/table';
import Tag from 'antd/es/tag';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { useMemo, type CSSProperties } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTasks, useUnits } from '../../api/hooks';
import { useCurrentUser } from '../../auth/AuthContext';
import type { Task, Timeliness } from '../../api/types';
import { Deadline } from '../../components/Deadline';
import { ErrorState } from '../../components/ErrorState';
import { PageHeader } from '../../components/PageHeader';
import { usePageTitle } from '../../components/usePageTitle';
import { ProgressBar } from '../../components/ProgressBar';
import { StatusTag } from '../../components/StatusTag';
import { TimelinessTag } from '../../components/TimelinessTag';
import { UnitSelect } from '../../components/UnitSelect';
import { DISPLAY_DATE_FORMAT } from '../../lib/dates';
import { directiveLabel } from '../../lib/directiveLabel';
import { STATUS_LABEL, STATUS_ORDER, TIMELINESS_LABEL, TIMELINESS_ORDER, TIMELINESS_TAG_COLOR } from '../../lib/labels';
import { filtersFromSearch, filtersToSearch, PAGE_SIZE_OPTIONS, withFilter, type TaskFilters } from '../../lib/taskFilters';
import { TEXT_COLOR } from '../../theme';

function TimelinessFilter({ value, onChange }: { value?: Timeliness; onChange: (value?: Timeliness) => void }) {
  return (
    <Flex wrap gap={6} role="group" aria-label="Lọc theo tình hình thực hiện">
      <Tag.CheckableTag checked={!value} onChange={() => onChange(undefined)}>
        Tất cả
      </Tag.CheckableTag>
      {TIMELINESS_ORDER.map((timeliness) => (
        <Tag
          key={timeliness}
          color={value === timeliness ? TIMELINESS_TAG_COLOR[timeliness] : undefined}
          variant={value === timeliness ? 'solid' : 'outlined'}
          onClick={() => onChange(value === timeliness ? undefined : timeliness)}
          style={{ cursor: 'pointer', marginInlineEnd: 0 }}
          aria-pressed={value === timeliness}
          role="button"
          tabIndex={0}
          onKeyDown={(event) => {
            if (event.key === 'Enter' || event.key === ' ') {
              event.preventDefault();
              onChange(value === timeliness ? undefined : timeliness);
            }
          }}
        >
          {TIMELINESS_LABEL[timeliness]}
        </Tag>
      ))}
    </Flex>
  );
}

/*
 * Plain CSS clamps rather than Typography's ellipsis: each Typography instance observes its size
 * and renders again after mounting, and with two per row a page of 50 tasks took about 400 ms to
 * show after the response instead of under 200 (docs/benchmarks.md). The full text stays in the title.
 */
const lineClamp = (rows: number): CSSProperties => ({
  display: '-webkit-box',
  WebkitLineClamp: rows,
  WebkitBoxOrient: 'vertical',
  overflow: 'hidden',
  overflowWrap: 'anywhere',
});

function DirectiveLine({ directive }: { directive: NonNullable<Task['directive']> }) {
  const text = `${directiveLabel(directive)}${directive.title ? ` · ${directive.title}` : ''}`;
  return (
    <div title={text} style={{ fontSize: 12, color: TEXT_COLOR.secondary, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}>
      {text}
    </div>
  );
}

function TaskCard({ task }: { task: Task }) {
  return (
    <Card size="small" style={{ width: '100%' }}>
      <Link to={`/tasks/${task.id}`} style={{ ...lineClamp(3), marginBottom: 6 }}>
        {task.text}
      </Link>
      <div style={{ fontSize: 13, color: TEXT_COLOR.secondary }}>{task.leadUnit?.name}</div>
      <Flex justify="space-between" align="center" wrap gap={6} style={{ marginTop: 6 }}>
        <span style={{ fontSize: 13 }}>
          Hạn: <Deadline task={task} />
        </span>
        <Flex gap={4} wrap>
          <TimelinessTag value={task.timeliness} />
          <StatusTag value={task.status} />
        </Flex>
      </Flex>
      <ProgressBar percent={task.progress} status={task.status} />
    </Card>
  );
}

export default function TaskListPage() {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => filtersFromSearch(params), [params]);
  const { data, error, isFetching, refetch } = useTasks(filters);
  const screens = Grid.useBreakpoint();
  const isPhone = !screens.md;
  usePageTitle('Nhiệm vụ');
  const me = useCurrentUser();
  const { data: units = [] } = useUnits();
  // The head of a unit with units under it (the education office, its schools) may follow theirs.
  const followsOthers = me.role === 'unit_head' && me.unitId !== null && units.some((u) => u.parentId !== null && String(u.parentId) === String(me.unitId));

  const apply = (next: TaskFilters) => setParams(filtersToSearch(next));
  const patch = (changes: Parameters<typeof withFilter>[1]) => apply(withFilter(filters, changes));
  const hasFilters = !!(filters.unitId || filters.status || filters.timeliness || filters.q || filters.dueFrom || filters.dueTo || filters.directiveId);

  const columns: ColumnsType<Task> = [
    {
      title: 'Nhiệm vụ',
      key: 'text',
      render: (_, task) => (
        <div style={{ minWidth: 260 }}>
          <Link to={`/tasks/${task.id}`} title={task.text} style={{ ...lineClamp(3), marginBottom: 2 }}>
            {task.text}
          </Link>
          {task.directive && <DirectiveLine directive={task.directive} />}
        </div>
      ),
    },
    { title: 'Đơn vị chủ trì', key: 'unit', width: 180, render: (_, task) => task.leadUnit?.name },
    { title: 'Hạn xử lý', key: 'deadline', width: 130, render: (_, task) => <Deadline task={task} /> },
    {
      title: 'Tiến độ',
      key: 'progress',
      width: 120,
      render: (_, task) => <ProgressBar percent={task.progress} status={task.status} />,
    },
    { title: 'Trạng thái', key: 'status', width: 160, render: (_, task) => <StatusTag value={task.status} /> },
    { title: 'Tình hình', key: 'timeliness', width: 160, render: (_, task) => <TimelinessTag value={task.timeliness} /> },
  ];

  const range: [dayjs.Dayjs | null, dayjs.Dayjs | null] | null =
    filters.dueFrom || filters.dueTo ? [filters.dueFrom ? dayjs(filters.dueFrom) : null, filters.dueTo ? dayjs(filters.dueTo) : null] : null;

  return (
    <>
      <PageHeader
        title="Nhiệm vụ"
        subtitle={data ? `${data.total} nhiệm vụ` : undefined}
        extra={
          <Button icon={<ReloadOutlined />} onClick={() => refetch()} loading={isFetching}>
            Tải lại
          </Button>
        }
      />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Flex vertical gap={12}>
          {followsOthers && (
            <Segmented
              value={filters.scope ?? 'own'}
              onChange={(scope) => patch({ scope: scope === 'subordinates' ? 'subordinates' : undefined, unitId: undefined })}
              options={[
                { value: 'own', label: 'Nhiệm vụ của đơn vị' },
                { value: 'subordinates', label: 'Đơn vị trực thuộc (theo dõi)' },
              ]}
              aria-label="Phạm vi nhiệm vụ"
            />
          )}
          <Flex wrap gap={8}>
            <Input.Search
              key={filters.q ?? ''}
              defaultValue={filters.q}
              placeholder="Tìm theo nội dung nhiệm vụ"
              allowClear
              onSearch={(q) => patch({ q: q.trim() || undefined })}
              style={{ width: isPhone ? '100%' : 280 }}
              aria-label="Tìm kiếm"
            />
            <UnitSelect
              value={filters.unitId}
              onChange={(unitId) => patch({ unitId: unitId === undefined ? undefined : String(unitId) })}
              placeholder="Đơn vị chủ trì"
              style={{ width: isPhone ? '100%' : 280 }}
              aria-label="Đơn vị"
            />
            <Select
              value={filters.status}
              onChange={(status) => patch({ status })}
              allowClear
              placeholder="Trạng thái"
              options={STATUS_ORDER.map((s) => ({ value: s, label: STATUS_LABEL[s] }))}
              style={{ width: isPhone ? '100%' : 200 }}
              aria-label="Trạng thái"
            />
            <DatePicker.RangePicker
              value={range}
              format={DISPLAY_DATE_FORMAT}
              allowEmpty={[true, true]}
              placeholder={['Hạn từ ngày', 'đến ngày']}
              onChange={(dates) =>
                patch({
                  dueFrom: dates?.[0] ? dates[0].format('YYYY-MM-DD') : undefined,
                  dueTo: dates?.[1] ? dates[1].format('YYYY-MM-DD') : undefined,
                })
              }
              style={{ width: isPhone ? '100%' : 280 }}
            />
            {hasFilters && <Button onClick={() => apply({ page: 1, pageSize: filters.pageSize })}>Xóa bộ lọc</Button>}
          </Flex>
          <TimelinessFilter value={filters.timeliness} onChange={(timeliness) => patch({ timeliness })} />
          {filters.directiveId && (
            <div>
              <Tag closable onClose={() => patch({ directiveId: undefined })}>
                Theo văn bản chỉ đạo đã chọn
              </Tag>
            </div>
          )}
        </Flex>
      </Card>
      {error ? (
        <ErrorState error={error} onRetry={() => refetch()} />
      ) : isPhone ? (
        <>
          <List
            loading={isFetching && !data}
            dataSource={data?.items ?? []}
            locale={{ emptyText: <Empty description="Không có nhiệm vụ nào" /> }}
            renderItem={(task) => (
              <List.Item key={String(task.id)} style={{ padding: '6px 0', borderBlockEnd: 0 }}>
                <TaskCard task={task} />
              </List.Item>
            )}
          />
          {!!data?.total && (
            <Pagination
              simple
              current={filters.page}
              pageSize={filters.pageSize}
              total={data.total}
              onChange={(page, pageSize) => apply({ ...filters, page, pageSize })}
              style={{ marginTop: 12, textAlign: 'center' }}
            />
          )}
        </>
      ) : (
        <Table<Task>
          rowKey={(task) => String(task.id)}
          columns={columns}
          dataSource={data?.items ?? []}
          loading={isFetching}
          // A fixed layout gives the task text what the other columns leave; with the automatic one the
          // one-line directive title under each task widened it until the other columns wrapped word by word.
          tableLayout="fixed"
          scroll={{ x: 1020 }}
          locale={{ emptyText: <Empty description="Không có nhiệm vụ nào" /> }}
          pagination={{
            current: filters.page,
            pageSize: filters.pageSize,
            total: data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: PAGE_SIZE_OPTIONS.map(String),
            showTotal: (total, [from, to]) => `${from}–${to} / ${total} nhiệm vụ`,
            onChange: (page, pageSize) => apply({ ...filters, page: pageSize !== filters.pageSize ? 1 : page, pageSize }),
          }}
        />
      )}
    </>
  );
}
