import DashboardOutlined from '@ant-design/icons/es/icons/DashboardOutlined';
import ReloadOutlined from '@ant-design/icons/es/icons/ReloadOutlined';
import { useQuery } from '@tanstack/react-query';
import App from 'antd/es/app';
import Button from 'antd/es/button';
import Flex from 'antd/es/flex';
import Table from 'antd/es/table';
import Typography from 'antd/es/typography';
import { useState } from 'react';
import { queuesApi, type QueueCounts, type QueueState } from '../../api/queues';
import { ErrorState } from '../../components/ErrorState';
import { ScrollRegion } from '../../components/ScrollRegion';
import { describeError } from '../../lib/apiError';

const STATES: { key: QueueState; title: string }[] = [
  { key: 'waiting', title: 'Đang chờ' },
  { key: 'active', title: 'Đang xử lý' },
  { key: 'delayed', title: 'Hẹn giờ' },
  { key: 'failed', title: 'Lỗi' },
  { key: 'completed', title: 'Đã xong' },
];

/** What the worker has in hand, per queue and state; Bull Board for a closer look and to act on jobs. */
export function QueuesTab() {
  const { message } = App.useApp();
  const [opening, setOpening] = useState(false);
  const {
    data = [],
    error,
    isLoading,
    isFetching,
    refetch,
  } = useQuery({
    queryKey: ['queues'],
    queryFn: queuesApi.counts,
    refetchInterval: 10_000,
  });

  if (error) return <ErrorState error={error} onRetry={() => refetch()} />;

  const openBoard = async () => {
    // Opened while the click still counts as the person's own: browsers block a tab opened after a request.
    const tab = window.open('', '_blank');
    setOpening(true);
    try {
      const { url } = await queuesApi.openBoard();
      if (tab) {
        tab.opener = null;
        tab.location.href = url;
      } else {
        window.location.assign(url);
      }
    } catch (error) {
      tab?.close();
      message.error(describeError(error));
    } finally {
      setOpening(false);
    }
  };

  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
        <Typography.Text type="secondary">Số việc trong từng hàng đợi của tiến trình gửi thư, tự cập nhật mỗi 10 giây.</Typography.Text>
        <Flex gap={8}>
          <Button icon={<ReloadOutlined />} loading={isFetching} onClick={() => refetch()}>
            Tải lại
          </Button>
          <Button type="primary" icon={<DashboardOutlined />} loading={opening} onClick={openBoard}>
            Mở bảng điều khiển hàng đợi
          </Button>
        </Flex>
      </Flex>
      <ScrollRegion label="Số việc trong từng hàng đợi" minWidth={640}>
        <Table<QueueCounts>
          rowKey="name"
          loading={isLoading}
          dataSource={data}
          size="small"
          pagination={false}
          columns={[
            {
              title: 'Hàng đợi',
              key: 'name',
              render: (_, q) => q.label,
            },
            ...STATES.map(({ key, title }) => ({
              title,
              key,
              align: 'right' as const,
              render: (_: unknown, queue: QueueCounts) =>
                key === 'failed' && queue.counts.failed > 0 ? <Typography.Text type="danger">{queue.counts.failed}</Typography.Text> : queue.counts[key],
            })),
          ]}
        />
      </ScrollRegion>
    </>
  );
}
