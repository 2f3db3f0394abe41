import ArrowLeftOutlined from '@ant-design/icons/es/icons/ArrowLeftOutlined';
import ReloadOutlined from '@ant-design/icons/es/icons/ReloadOutlined';
import Button from 'antd/es/button';
import Col from 'antd/es/col';
import Flex from 'antd/es/flex';
import Row from 'antd/es/row';
import { useNavigate, useParams } from 'react-router';
import { useTask } from '../../api/hooks';
import { ErrorState } from '../../components/ErrorState';
import { PageLoading } from '../../components/PageLoading';
import { usePageTitle } from '../../components/usePageTitle';
import { titleSubject } from '../../lib/pageTitle';
import { DeadlineHistoryCard } from './DeadlineHistoryCard';
import { PendingRequestsCard } from './PendingRequestsCard';
import { SeriesCard } from './SeriesCard';
import { TaskAttachmentsCard } from './TaskAttachmentsCard';
import { TaskComments } from './TaskComments';
import { TaskFactsCard } from './TaskFactsCard';
import { TaskHeaderCard } from './TaskHeaderCard';
import { TaskTimelineCard } from './TaskTimelineCard';

export default function TaskDetailPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { data: task, error, isLoading, refetch, isFetching } = useTask(id);
  usePageTitle(task ? `Nhiệm vụ: ${titleSubject(task.text)}` : 'Chi tiết nhiệm vụ');

  if (isLoading) return <PageLoading />;
  if (error || !task) return <ErrorState error={error} onRetry={() => refetch()} />;

  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
        <Button icon={<ArrowLeftOutlined />} onClick={() => (window.history.length > 1 ? navigate(-1) : navigate('/tasks'))}>
          Quay lại
        </Button>
        <Button icon={<ReloadOutlined />} loading={isFetching} onClick={() => refetch()}>
          Tải lại
        </Button>
      </Flex>

      <TaskHeaderCard task={task} />

      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <TaskFactsCard task={task} />
          <TaskComments task={task} />
          <TaskTimelineCard task={task} />
        </Col>

        <Col xs={24} lg={10}>
          {task.series && <SeriesCard task={task} series={task.series} />}
          <TaskAttachmentsCard task={task} />
          <PendingRequestsCard task={task} />
          <DeadlineHistoryCard task={task} />
        </Col>
      </Row>
    </>
  );
}
