import Card from 'antd/es/card';
import List from 'antd/es/list';
import Tag from 'antd/es/tag';
import Timeline from 'antd/es/timeline';
import Typography from 'antd/es/typography';
import type { ExtensionRequest, TaskDetail } from '../../api/types';
import { formatDate, formatDateTime } from '../../lib/dates';
import { grantedDeadline } from '../../lib/taskTimeline';

const EXTENSION_STATUS: Record<ExtensionRequest['status'], { label: string; color: string }> = {
  pending: { label: 'Chờ duyệt', color: 'gold' },
  approved: { label: 'Đã duyệt', color: 'green' },
  rejected: { label: 'Từ chối', color: 'red' },
};

/** How the deadline has moved since it was first set, and the extension requests already decided. */
export function DeadlineHistoryCard({ task }: { task: TaskDetail }) {
  const decidedRequests = (task.extensionRequests ?? []).filter((request) => request.status !== 'pending');
  return (
    <Card title="Lịch sử hạn xử lý" style={{ marginBottom: 16 }}>
      {task.originalDeadline && (
        <div style={{ marginBottom: 12 }}>
          Hạn ban đầu: <strong>{formatDate(task.originalDeadline)}</strong>
        </div>
      )}
      {task.deadlineHistory?.length ? (
        <Timeline
          items={task.deadlineHistory.map((change) => ({
            key: String(change.id),
            content: (
              <div>
                <div>
                  {formatDate(change.previousDeadline) || 'Không thời hạn'} → <strong>{formatDate(change.newDeadline) || 'Không thời hạn'}</strong>
                </div>
                {change.reason && <div style={{ whiteSpace: 'pre-wrap' }}>{change.reason}</div>}
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {change.changedBy?.name} · {formatDateTime(change.createdAt)}
                </Typography.Text>
              </div>
            ),
          }))}
        />
      ) : (
        <Typography.Text type="secondary">Hạn xử lý chưa thay đổi.</Typography.Text>
      )}
      {decidedRequests.length > 0 && (
        <>
          <Typography.Title level={5}>Đề nghị gia hạn đã xử lý</Typography.Title>
          <List
            size="small"
            dataSource={decidedRequests}
            renderItem={(request) => (
              <List.Item key={String(request.id)}>
                <div>
                  <Tag color={EXTENSION_STATUS[request.status].color}>{EXTENSION_STATUS[request.status].label}</Tag>
                  đến {formatDate(request.status === 'approved' ? grantedDeadline(request) : request.requestedDeadline)}
                  {request.status === 'approved' && grantedDeadline(request) !== request.requestedDeadline
                    ? ` (xin đến ${formatDate(request.requestedDeadline)})`
                    : ''}{' '}
                  — {request.reason}
                  {request.decisionNote ? (
                    <div>
                      <Typography.Text type="secondary">Ý kiến: {request.decisionNote}</Typography.Text>
                    </div>
                  ) : null}
                  <div>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {request.decidedBy?.name}
                      {request.decidedAt ? ` · ${formatDateTime(request.decidedAt)}` : ''}
                    </Typography.Text>
                  </div>
                </div>
              </List.Item>
            )}
          />
        </>
      )}
    </Card>
  );
}
