import Card from 'antd/es/card';
import Empty from 'antd/es/empty';
import List from 'antd/es/list';
import { Link } from 'react-router';
import { useOverdueTasks } from '../../api/hooks';
import { ErrorState } from '../../components/ErrorState';
import { formatDate } from '../../lib/dates';
import { TIMELINESS_TEXT_COLOR } from '../../lib/labels';
import { TaskTitle } from './WaitingForYou';

/** The most overdue tasks, with a link to all of them. */
export function OverdueTasksCard() {
  const overdue = useOverdueTasks(20);
  return (
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
          renderItem={(task) => (
            <List.Item key={String(task.id)}>
              <List.Item.Meta
                title={<TaskTitle id={task.id} text={task.text} />}
                description={
                  <>
                    {task.leadUnit?.name} · Hạn <strong style={{ color: TIMELINESS_TEXT_COLOR.overdue }}>{formatDate(task.deadline)}</strong>
                    {task.originalDeadline && task.originalDeadline !== task.deadline ? ` (ban đầu ${formatDate(task.originalDeadline)})` : ''} ·{' '}
                    {task.progress}%
                  </>
                }
              />
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
