import ClockCircleOutlined from '@ant-design/icons/es/icons/ClockCircleOutlined';
import MailOutlined from '@ant-design/icons/es/icons/MailOutlined';
import Card from 'antd/es/card';
import Empty from 'antd/es/empty';
import Timeline from 'antd/es/timeline';
import type { TimelineItemProps } from 'antd/es/timeline';
import Typography from 'antd/es/typography';
import type { ExtensionRequest, Id, TaskDetail, TaskNotification, TaskUpdate } from '../../api/types';
import { AttachmentLink } from '../../components/Attachments';
import { formatDate, formatDateTime } from '../../lib/dates';
import { NOTIFICATION_STATUS_LABEL, notificationKindLabel, ROLE_LABEL } from '../../lib/labels';
import { buildTaskTimeline, grantedDeadline, updateTitle } from '../../lib/taskTimeline';

function recipient(notification: TaskNotification): string {
  const who = [notification.recipientName, notification.recipientRole && `(${ROLE_LABEL[notification.recipientRole]})`].filter(Boolean).join(' ');
  if (!notification.recipientEmail) return who || 'hộp thư đơn vị';
  return who ? `${who} <${notification.recipientEmail}>` : notification.recipientEmail;
}

function updateItem(taskId: Id, update: TaskUpdate): TimelineItemProps {
  const who = update.author?.name ? ` — ${update.author.name}` : '';
  const title = updateTitle(update);
  return {
    key: `u${update.id}`,
    color: update.toStatus === 'done' ? 'green' : update.toStatus === 'cancelled' ? 'gray' : 'blue',
    content: (
      <div>
        <Typography.Text strong>{title}</Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 12, marginLeft: 8 }}>
          {formatDateTime(update.createdAt)}
          {who}
        </Typography.Text>
        {update.note && <Typography.Paragraph style={{ margin: '4px 0 0', whiteSpace: 'pre-wrap' }}>{update.note}</Typography.Paragraph>}
        {update.attachments?.map((file) => (
          <div key={String(file.id)}>
            <AttachmentLink taskId={taskId} file={file} />
          </div>
        ))}
      </div>
    ),
  };
}

function extensionItem(request: ExtensionRequest, decided: boolean): TimelineItemProps {
  const granted = grantedDeadline(request);
  const title = !decided
    ? `Xin gia hạn đến ${formatDate(request.requestedDeadline)}`
    : request.status === 'approved'
      ? `Duyệt gia hạn đến ${formatDate(granted)}${granted !== request.requestedDeadline ? ` (đơn vị xin đến ${formatDate(request.requestedDeadline)})` : ''}`
      : `Từ chối gia hạn đến ${formatDate(request.requestedDeadline)}`;
  const who = decided ? request.decidedBy?.name : request.requestedBy?.name;
  const note = decided ? request.decisionNote : request.reason;
  return {
    key: `e${request.id}${decided ? 'd' : ''}`,
    color: !decided ? 'orange' : request.status === 'approved' ? 'green' : 'red',
    icon: <ClockCircleOutlined />,
    content: (
      <div data-extension={decided ? 'decision' : 'request'}>
        <Typography.Text strong>{title}</Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 12, marginLeft: 8 }}>
          {formatDateTime(decided ? request.decidedAt : request.createdAt)}
          {who ? ` — ${who}` : ''}
        </Typography.Text>
        {note && <Typography.Paragraph style={{ margin: '4px 0 0', whiteSpace: 'pre-wrap' }}>{note}</Typography.Paragraph>}
      </div>
    ),
  };
}

function notificationItem(notification: TaskNotification): TimelineItemProps {
  const kind = notificationKindLabel(notification.kind);
  const delivery =
    notification.status === 'sent' && notification.sentAt
      ? `thư gửi lúc ${formatDateTime(notification.sentAt)} tới ${recipient(notification)}`
      : `thư ${NOTIFICATION_STATUS_LABEL[notification.status].toLowerCase()} tới ${recipient(notification)} (tạo lúc ${formatDateTime(notification.createdAt)})`;
  return {
    key: `n${notification.id}`,
    color: notification.status === 'failed' ? 'red' : notification.status === 'sent' || notification.status === 'skipped' ? 'gray' : 'orange',
    icon: <MailOutlined />,
    content: (
      <div data-notification-status={notification.status} data-notification-kind={notification.kind}>
        <Typography.Text strong>{kind}</Typography.Text>
        <div>
          <Typography.Text type={notification.status === 'failed' ? 'danger' : 'secondary'} style={{ fontSize: 12 }}>
            {delivery}
          </Typography.Text>
        </div>
        {notification.status === 'skipped' && notification.reason ? (
          <div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {notification.reason}
            </Typography.Text>
          </div>
        ) : null}
      </div>
    ),
  };
}

/** Reports, status changes, extensions and the reminders mailed, newest first. */
export function TaskTimelineCard({ task }: { task: TaskDetail }) {
  const timeline = buildTaskTimeline(task).map((entry) =>
    entry.type === 'update'
      ? updateItem(task.id, entry.update)
      : entry.type === 'extension'
        ? extensionItem(entry.request, entry.decided)
        : notificationItem(entry.notification),
  );
  return (
    <Card title="Diễn biến và đôn đốc" style={{ marginBottom: 16 }}>
      {timeline.length ? <Timeline items={timeline} /> : <Empty description="Chưa có cập nhật nào" />}
    </Card>
  );
}
