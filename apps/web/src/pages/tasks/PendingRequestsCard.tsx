import Card from 'antd/es/card';
import Empty from 'antd/es/empty';
import List from 'antd/es/list';
import Typography from 'antd/es/typography';
import type { TaskDetail } from '../../api/types';
import { ExtensionDecision } from '../../components/ExtensionDecision';
import { formatDate, formatDateTime } from '../../lib/dates';

/** The extensions asked for and not yet decided, with the decision's buttons for whoever decides. */
export function PendingRequestsCard({ task }: { task: TaskDetail }) {
  const pendingRequests = (task.extensionRequests ?? []).filter((request) => request.status === 'pending');
  return (
    <Card title="Đề nghị gia hạn đang chờ" style={{ marginBottom: 16 }}>
      {pendingRequests.length ? (
        <List
          dataSource={pendingRequests}
          renderItem={(request) => (
            <List.Item key={String(request.id)}>
              <div style={{ width: '100%' }}>
                <div>
                  Xin gia hạn đến <strong>{formatDate(request.requestedDeadline)}</strong>
                  {request.previousDeadline ? ` (hạn hiện tại ${formatDate(request.previousDeadline)})` : ''}
                </div>
                <Typography.Paragraph style={{ margin: '4px 0', whiteSpace: 'pre-wrap' }}>{request.reason}</Typography.Paragraph>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {request.requestedBy?.name} · {formatDateTime(request.createdAt)}
                </Typography.Text>
                {task.permissions?.decideExtension && (
                  <div style={{ marginTop: 8 }}>
                    <ExtensionDecision request={request} taskId={task.id} />
                  </div>
                )}
              </div>
            </List.Item>
          )}
        />
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="Không có đề nghị nào" />
      )}
    </Card>
  );
}
