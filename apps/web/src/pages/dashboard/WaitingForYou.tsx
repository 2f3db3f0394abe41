import Badge from 'antd/es/badge';
import Card from 'antd/es/card';
import Col from 'antd/es/col';
import Empty from 'antd/es/empty';
import List from 'antd/es/list';
import Row from 'antd/es/row';
import Typography from 'antd/es/typography';
import { Link } from 'react-router';
import { usePendingExtensions, useSubmittedTasks, useUnits } from '../../api/hooks';
import type { CurrentUser, Task, Unit } from '../../api/types';
import { ErrorState } from '../../components/ErrorState';
import { ExtensionDecision } from '../../components/ExtensionDecision';
import { formatDate, formatDateTime } from '../../lib/dates';
import { TEXT_COLOR } from '../../theme';

/** The chairman heads the committee, and decides on every task besides the leader in charge of it. */
function isChairman(me: CurrentUser, units: readonly Unit[]): boolean {
  return units.some((u) => u.kind === 'committee' && u.active && u.headUserId === me.id);
}

/** A task's text, two lines at most, opening the task. */
export function TaskTitle({ id, text }: { id: Task['id']; text: string }) {
  return (
    <Link to={`/tasks/${id}`}>
      <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ margin: 0, color: 'inherit' }}>
        {text}
      </Typography.Paragraph>
    </Link>
  );
}

function CountTitle({ title, count }: { title: string; count: number }) {
  return (
    <span style={{ whiteSpace: 'normal' }}>
      {title} <Badge count={count} showZero color={count ? TEXT_COLOR.red : TEXT_COLOR.secondary} />
    </span>
  );
}

/** The extensions asked for and not yet decided; `decides` gives the leader the buttons to decide them here. */
export function PendingExtensionList({ decides }: { decides: boolean }) {
  const pending = usePendingExtensions();
  if (pending.error) return <ErrorState error={pending.error} onRetry={() => pending.refetch()} />;
  return (
    <List
      loading={pending.isLoading}
      dataSource={pending.data ?? []}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="Không có đề nghị nào" /> }}
      renderItem={(request) => (
        <List.Item key={String(request.id)}>
          <div style={{ width: '100%' }}>
            <TaskTitle id={request.task.id} text={request.task.text} />
            <div style={{ fontSize: 13 }}>
              {request.task.leadUnit?.name} xin gia hạn {request.previousDeadline ? `từ ${formatDate(request.previousDeadline)} ` : ''}đến{' '}
              <strong>{formatDate(request.requestedDeadline)}</strong>
            </div>
            <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
              {request.reason} — {request.requestedBy?.name}, {formatDateTime(request.createdAt)}
            </Typography.Text>
            {decides && (
              <div style={{ marginTop: 6 }}>
                <ExtensionDecision request={request} taskId={request.task.id} />
              </div>
            )}
          </div>
        </List.Item>
      )}
    />
  );
}

/**
 * What waits for the leader's own decision, first on the dashboard: work sent for acceptance on
 * the tasks he decides, and the extensions asked for. Each item opens the task, where he decides.
 */
export function WaitingForYou({ me }: { me: CurrentUser }) {
  const submitted = useSubmittedTasks();
  const pending = usePendingExtensions();
  const units = useUnits();
  const chairman = isChairman(me, units.data ?? []);
  const mine = (submitted.data ?? []).filter((t) => chairman || t.leaderInCharge?.id === me.id);
  const requests = pending.data?.length ?? 0;

  return (
    <section aria-labelledby="waiting-for-you" style={{ marginBottom: 16 }}>
      <Typography.Title level={2} id="waiting-for-you" style={{ fontSize: 16, marginTop: 0 }}>
        Việc chờ đồng chí quyết định
      </Typography.Title>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Card size="small" title={<CountTitle title="Báo cáo hoàn thành chờ nghiệm thu" count={mine.length} />} data-section="submissions-waiting">
            {submitted.error ? (
              <ErrorState error={submitted.error} onRetry={() => submitted.refetch()} />
            ) : (
              <List
                loading={submitted.isLoading || units.isLoading}
                dataSource={mine}
                locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="Không có báo cáo nào chờ nghiệm thu" /> }}
                renderItem={(task) => (
                  <List.Item key={String(task.id)}>
                    <div style={{ width: '100%' }}>
                      <TaskTitle id={task.id} text={task.text} />
                      <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                        {task.leadUnit?.name}
                        {task.submittedAt ? ` gửi ${formatDateTime(task.submittedAt)}` : ''}
                        {task.deadline ? ` · Hạn ${formatDate(task.deadline)}` : ''}
                      </Typography.Text>
                    </div>
                  </List.Item>
                )}
              />
            )}
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card size="small" title={<CountTitle title="Đề nghị gia hạn chờ quyết định" count={requests} />} data-section="extensions-waiting">
            <PendingExtensionList decides />
          </Card>
        </Col>
      </Row>
    </section>
  );
}
