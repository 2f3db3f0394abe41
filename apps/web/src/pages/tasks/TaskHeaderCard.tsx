import Alert from 'antd/es/alert';
import Card from 'antd/es/card';
import Flex from 'antd/es/flex';
import Progress from 'antd/es/progress';
import Tag from 'antd/es/tag';
import Typography from 'antd/es/typography';
import type { TaskDetail } from '../../api/types';
import { StatusTag } from '../../components/StatusTag';
import { TimelinessTag } from '../../components/TimelinessTag';
import { formatDateTime } from '../../lib/dates';
import { returnedWork } from '../../lib/taskTimeline';
import { TaskActions } from './TaskActions';

/**
 * The task's progress; work sent back shows that it was, and why, in place of the 100 % its
 * submission left, until the unit reports anew. Only accepted work is green.
 */
function TaskProgress({ task }: { task: TaskDetail }) {
  const back = returnedWork(task);
  const bar = <Progress percent={task.progress} status={task.status === 'done' ? 'success' : 'normal'} aria-label="Tiến độ" style={{ maxWidth: 480 }} />;
  if (!back) return bar;
  const { returned } = back;
  return (
    <>
      <Alert
        type="warning"
        showIcon
        data-section="returned"
        title={`Kết quả đã bị trả lại${returned.author?.name ? ` bởi ${returned.author.name}` : ''} lúc ${formatDateTime(returned.createdAt)}`}
        description={returned.note ? <span style={{ whiteSpace: 'pre-wrap' }}>Lý do: {returned.note}</span> : undefined}
        style={{ maxWidth: 640, marginBottom: back.reportedSince ? 8 : 0 }}
      />
      {back.reportedSince && bar}
    </>
  );
}

/** What the task is and where it stands, with what the person may do on it. */
export function TaskHeaderCard({ task }: { task: TaskDetail }) {
  return (
    <Card style={{ marginBottom: 16 }}>
      <Flex gap={6} wrap style={{ marginBottom: 8 }}>
        <StatusTag value={task.status} />
        <TimelinessTag value={task.timeliness} />
        {task.extensionCount > 0 && <Tag color="cyan">Đã gia hạn {task.extensionCount} lần</Tag>}
      </Flex>
      <Typography.Title level={4} style={{ marginTop: 0, whiteSpace: 'pre-wrap' }}>
        {task.text}
      </Typography.Title>
      {task.following && (
        <Alert
          type="info"
          showIcon
          data-section="following"
          title="Nhiệm vụ của đơn vị trực thuộc: đơn vị của bạn chỉ theo dõi, không cập nhật hay báo cáo thay."
          style={{ maxWidth: 640, marginBottom: 12 }}
        />
      )}
      <TaskProgress task={task} />
      <div style={{ marginTop: 16 }}>
        <TaskActions task={task} />
      </div>
    </Card>
  );
}
