import StopOutlined from '@ant-design/icons/es/icons/StopOutlined';
import App from 'antd/es/app';
import Button from 'antd/es/button';
import Card from 'antd/es/card';
import Descriptions from 'antd/es/descriptions';
import Table from 'antd/es/table';
import { useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { seriesApi } from '../../api/endpoints';
import type { SeriesInstance, TaskDetail, TaskSeries } from '../../api/types';
import { StatusTag } from '../../components/StatusTag';
import { TimelinessTag } from '../../components/TimelinessTag';
import { formatDate } from '../../lib/dates';
import { RECURRENCE_LABEL } from '../../lib/labels';
import { dueDayLabel, periodLabel, seriesState } from '../../lib/series';
import { queryKeys } from '../../api/hooks';
import { describeError } from '../../lib/apiError';

/** A recurring duty: how it recurs, each period's task with its own deadline and timeliness, and the stop button. */
export function SeriesCard({ task, series }: { task: TaskDetail; series: TaskSeries }) {
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const stopNow = async () => {
    try {
      await seriesApi.stop(series.id);
      message.success('Đã dừng nhiệm vụ định kỳ');
    } catch (error) {
      message.error(describeError(error));
    } finally {
      await Promise.all([queryClient.invalidateQueries({ queryKey: queryKeys.task(task.id) }), queryClient.invalidateQueries({ queryKey: ['tasks', 'list'] })]);
    }
  };
  const stop = () =>
    modal.confirm({
      title: 'Dừng nhiệm vụ định kỳ này?',
      content: 'Sẽ không tạo nhiệm vụ cho các kỳ tiếp theo. Nhiệm vụ đã tạo trước cho kỳ chưa bắt đầu sẽ bị hủy; các kỳ đã và đang thực hiện giữ nguyên.',
      okText: 'Dừng định kỳ',
      okButtonProps: { danger: true },
      cancelText: 'Không',
      onOk: stopNow,
    });
  return (
    <Card
      title={`Nhiệm vụ định kỳ: ${RECURRENCE_LABEL[series.recurrence].toLowerCase()}`}
      style={{ marginBottom: 16 }}
      data-section="series"
      extra={
        task.permissions?.stopSeries ? (
          <Button danger icon={<StopOutlined />} onClick={stop}>
            Dừng định kỳ
          </Button>
        ) : null
      }
    >
      <Descriptions
        column={1}
        size="small"
        items={[
          { key: 'due', label: 'Hạn mỗi kỳ', children: dueDayLabel(series.recurrence, series.dueDay, series.dueMonth) },
          { key: 'ends', label: 'Kết thúc', children: series.endsOn ? `hết ngày ${formatDate(series.endsOn)}` : 'khi dừng' },
          { key: 'state', label: 'Tình trạng', children: seriesState(series) },
        ]}
      />
      <Table<SeriesInstance>
        size="small"
        style={{ marginTop: 12 }}
        rowKey="taskId"
        pagination={false}
        dataSource={series.instances}
        rowClassName={(i) => (i.taskId === task.id ? 'ant-table-row-selected' : '')}
        columns={[
          {
            key: 'period',
            title: 'Kỳ',
            render: (_, instance) =>
              instance.taskId === task.id ? (
                <strong aria-current="page">{periodLabel(series.recurrence, instance.periodStart, instance.periodEnd)}</strong>
              ) : (
                <Link to={`/tasks/${instance.taskId}`}>{periodLabel(series.recurrence, instance.periodStart, instance.periodEnd)}</Link>
              ),
          },
          { key: 'deadline', title: 'Hạn', render: (_, i) => formatDate(i.deadline) },
          {
            key: 'status',
            title: 'Tình hình',
            render: (_, instance) => (
              <>
                <StatusTag value={instance.status} />
                <TimelinessTag value={instance.timeliness} />
              </>
            ),
          },
        ]}
      />
    </Card>
  );
}
