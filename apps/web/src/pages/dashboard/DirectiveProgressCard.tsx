import Card from 'antd/es/card';
import Empty from 'antd/es/empty';
import List from 'antd/es/list';
import Progress from 'antd/es/progress';
import Tag from 'antd/es/tag';
import Typography from 'antd/es/typography';
import { Link } from 'react-router';
import { useDirectives } from '../../api/hooks';
import type { DirectiveSummary } from '../../api/types';
import { ErrorState } from '../../components/ErrorState';
import { directiveLabel } from '../../lib/directiveLabel';

/** A published directive: how many of its tasks are done, and a link to those overdue. */
function DirectiveProgressItem({ directive }: { directive: DirectiveSummary }) {
  const percent = directive.taskCount ? Math.round((directive.doneCount / directive.taskCount) * 100) : 0;
  return (
    <List.Item>
      <div style={{ width: '100%' }}>
        <Link to={`/directives/${directive.id}`}>{directiveLabel(directive)}</Link>
        <Typography.Paragraph ellipsis={{ rows: 1 }} type="secondary" style={{ margin: 0 }}>
          {directive.title}
        </Typography.Paragraph>
        <div style={{ display: 'flex', alignItems: 'center', gap: 12, flexWrap: 'wrap' }}>
          <Progress
            percent={percent}
            size="small"
            style={{ flex: 1, minWidth: 160, margin: 0 }}
            format={() => `${directive.doneCount}/${directive.taskCount}`}
            aria-label="Nhiệm vụ đã hoàn thành"
          />
          {directive.overdueCount > 0 && (
            <Link to={`/tasks?directiveId=${encodeURIComponent(String(directive.id))}&timeliness=overdue`}>
              <Tag color="red">{directive.overdueCount} quá hạn</Tag>
            </Link>
          )}
        </div>
      </div>
    </List.Item>
  );
}

/** How far each published directive has got. */
export function DirectiveProgressCard() {
  const directives = useDirectives();
  const published = (directives.data?.items ?? []).filter((directive) => directive.status === 'published');
  return (
    <Card title="Tiến độ theo văn bản chỉ đạo" extra={<Link to="/directives">Tất cả văn bản</Link>}>
      {directives.error ? (
        <ErrorState error={directives.error} onRetry={() => directives.refetch()} />
      ) : (
        <List
          loading={directives.isLoading}
          dataSource={published}
          locale={{ emptyText: <Empty description="Chưa có văn bản đã ban hành" /> }}
          renderItem={(directive) => <DirectiveProgressItem key={String(directive.id)} directive={directive} />}
        />
      )}
    </Card>
  );
}
