import RedoOutlined from '@ant-design/icons/es/icons/RedoOutlined';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import App from 'antd/es/app';
import Button from 'antd/es/button';
import Empty from 'antd/es/empty';
import Table from 'antd/es/table';
import { useState } from 'react';
import { Link } from 'react-router';
import { adminApi } from '../../api/endpoints';
import type { FailedNotification, Id } from '../../api/types';
import { ErrorState } from '../../components/ErrorState';
import { ScrollRegion } from '../../components/ScrollRegion';
import { describeError } from '../../lib/apiError';
import { formatDateTime } from '../../lib/dates';
import { notificationKindLabel } from '../../lib/labels';

export function FailedMailTab() {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [sending, setSending] = useState<Id | null>(null);
  const { data = [], error, isLoading, refetch } = useQuery({ queryKey: ['notifications', 'failed'], queryFn: adminApi.failedNotifications });

  if (error) return <ErrorState error={error} onRetry={() => refetch()} />;

  const resend = async (id: Id) => {
    setSending(id);
    try {
      await adminApi.resendNotification(id);
      message.success('Đã đưa thư vào hàng đợi gửi lại.');
      await queryClient.invalidateQueries({ queryKey: ['notifications'] });
    } catch (error) {
      message.error(describeError(error));
    } finally {
      setSending(null);
    }
  };

  return (
    <ScrollRegion label="Thư gửi lỗi" minWidth={900}>
      <Table<FailedNotification>
        rowKey={(n) => String(n.id)}
        loading={isLoading}
        dataSource={data}
        size="small"
        locale={{ emptyText: <Empty description="Không có thư gửi lỗi" /> }}
        columns={[
          { title: 'Tạo lúc', key: 'createdAt', width: 150, render: (_, n) => formatDateTime(n.createdAt) },
          { title: 'Người nhận', key: 'to', render: (_, n) => (n.recipientName ? `${n.recipientName} <${n.recipientEmail}>` : n.recipientEmail) },
          { title: 'Loại thư', key: 'kind', width: 150, render: (_, n) => notificationKindLabel(n.kind) },
          { title: 'Tiêu đề', key: 'subject', render: (_, n) => n.subject ?? '' },
          { title: 'Lỗi', key: 'error', render: (_, n) => n.error ?? '' },
          {
            title: 'Nhiệm vụ',
            key: 'task',
            width: 90,
            render: (_, notification) => {
              const taskId = (notification as FailedNotification & { taskId?: Id }).taskId;
              return taskId !== undefined ? <Link to={`/tasks/${taskId}`}>Xem</Link> : null;
            },
          },
          {
            title: '',
            key: 'actions',
            width: 110,
            render: (_, notification) => (
              <Button size="small" icon={<RedoOutlined />} loading={sending === notification.id} onClick={() => resend(notification.id)}>
                Gửi lại
              </Button>
            ),
          },
        ]}
      />
    </ScrollRegion>
  );
}
