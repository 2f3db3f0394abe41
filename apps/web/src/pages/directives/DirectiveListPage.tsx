import PlusOutlined from '@ant-design/icons/es/icons/PlusOutlined';
import Button from 'antd/es/button';
import Card from 'antd/es/card';
import Empty from 'antd/es/empty';
import Flex from 'antd/es/flex';
import Grid from 'antd/es/grid';
import Input from 'antd/es/input';
import List from 'antd/es/list';
import Progress from 'antd/es/progress';
import Segmented from 'antd/es/segmented';
import Table from 'antd/es/table';
import Tag from 'antd/es/tag';
import Typography from 'antd/es/typography';
import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useDirectives } from '../../api/hooks';
import type { DirectiveSummary } from '../../api/types';
import { useCurrentUser } from '../../auth/AuthContext';
import { ErrorState } from '../../components/ErrorState';
import { PageHeader } from '../../components/PageHeader';
import { usePageTitle } from '../../components/usePageTitle';
import { formatDate } from '../../lib/dates';
import { directiveName } from '../../lib/directiveLabel';
import { canEnterDirectives } from '../../lib/roles';
import { matchesUnaccented } from '../../lib/vietnamese';

type StatusFilter = 'all' | 'draft' | 'published';

function DirectiveProgress({ directive }: { directive: DirectiveSummary }) {
  if (directive.status === 'draft') return <Tag>Nháp</Tag>;
  const percent = directive.taskCount ? Math.round((directive.doneCount / directive.taskCount) * 100) : 0;
  return (
    <div style={{ minWidth: 160 }}>
      <Progress percent={percent} size="small" format={() => `${directive.doneCount}/${directive.taskCount}`} aria-label="Nhiệm vụ đã hoàn thành" />
      {directive.overdueCount > 0 && (
        <Link to={`/tasks?directiveId=${encodeURIComponent(String(directive.id))}&timeliness=overdue`}>
          <Tag color="red" style={{ marginTop: 4 }}>
            {directive.overdueCount} quá hạn
          </Tag>
        </Link>
      )}
    </div>
  );
}

export default function DirectiveListPage() {
  const me = useCurrentUser();
  const { data, error, isLoading, refetch } = useDirectives();
  const [params, setParams] = useSearchParams();
  const [query, setQuery] = useState(params.get('q') ?? '');
  const status = (['draft', 'published'].includes(params.get('status') ?? '') ? params.get('status') : 'all') as StatusFilter;
  const isPhone = !Grid.useBreakpoint().md;
  usePageTitle('Văn bản chỉ đạo');

  const rows = useMemo(
    () => (data?.items ?? []).filter((d) => (status === 'all' || d.status === status) && matchesUnaccented(query, d.title, d.number, d.symbol, d.docType)),
    [data, status, query],
  );

  const setFilter = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  return (
    <>
      <PageHeader
        title="Văn bản chỉ đạo"
        subtitle={data ? `${data.total ?? data.items.length} văn bản` : undefined}
        extra={
          canEnterDirectives(me.role) ? (
            <Link to="/directives/new">
              <Button type="primary" icon={<PlusOutlined />}>
                Nhập văn bản mới
              </Button>
            </Link>
          ) : undefined
        }
      />
      <Flex gap={8} wrap style={{ marginBottom: 16 }}>
        <Input.Search
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setFilter('q', event.target.value.trim() || null);
          }}
          allowClear
          placeholder="Tìm theo số, ký hiệu, trích yếu"
          style={{ width: isPhone ? '100%' : 320 }}
        />
        <Segmented<StatusFilter>
          value={status}
          onChange={(v) => setFilter('status', v === 'all' ? null : v)}
          options={[
            { value: 'all', label: 'Tất cả' },
            { value: 'published', label: 'Đã ban hành' },
            { value: 'draft', label: 'Nháp' },
          ]}
        />
      </Flex>
      {error ? (
        <ErrorState error={error} onRetry={() => refetch()} />
      ) : isPhone ? (
        <List
          loading={isLoading}
          dataSource={rows}
          locale={{ emptyText: <Empty description="Chưa có văn bản nào" /> }}
          renderItem={(directive) => (
            <List.Item key={String(directive.id)} style={{ padding: '6px 0', borderBlockEnd: 0 }}>
              <Card size="small" style={{ width: '100%' }}>
                <Link to={`/directives/${directive.id}`}>
                  <Typography.Text strong>{directiveName(directive)}</Typography.Text>
                </Link>
                <Typography.Text type="secondary" style={{ marginLeft: 8, fontSize: 12 }}>
                  {formatDate(directive.date)}
                </Typography.Text>
                <Typography.Paragraph ellipsis={{ rows: 3 }} style={{ margin: '4px 0' }}>
                  {directive.title}
                </Typography.Paragraph>
                <DirectiveProgress directive={directive} />
              </Card>
            </List.Item>
          )}
        />
      ) : (
        <Table<DirectiveSummary>
          rowKey={(d) => String(d.id)}
          loading={isLoading}
          dataSource={rows}
          locale={{ emptyText: <Empty description="Chưa có văn bản nào" /> }}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          scroll={{ x: 900 }}
          columns={[
            {
              title: 'Số, ký hiệu',
              key: 'number',
              width: 160,
              render: (_, directive) => <Link to={`/directives/${directive.id}`}>{directiveName(directive)}</Link>,
            },
            { title: 'Ngày', key: 'date', width: 110, render: (_, d) => formatDate(d.date) || '—' },
            {
              title: 'Trích yếu',
              key: 'title',
              render: (_, directive) => (
                <Link to={`/directives/${directive.id}`} style={{ color: 'inherit' }}>
                  <Typography.Paragraph ellipsis={{ rows: 2, tooltip: directive.title }} style={{ margin: 0 }}>
                    {directive.title || '(chưa có trích yếu)'}
                  </Typography.Paragraph>
                </Link>
              ),
            },
            { title: 'Tiến độ', key: 'progress', width: 220, render: (_, directive) => <DirectiveProgress directive={directive} /> },
          ]}
        />
      )}
    </>
  );
}
