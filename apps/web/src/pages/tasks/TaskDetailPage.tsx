import Alert from 'antd/es/alert';
import ArrowLeftOutlined from '@ant-design/icons/es/icons/ArrowLeftOutlined';
import ClockCircleOutlined from '@ant-design/icons/es/icons/ClockCircleOutlined';
import MailOutlined from '@ant-design/icons/es/icons/MailOutlined';
import ReloadOutlined from '@ant-design/icons/es/icons/ReloadOutlined';
import Button from 'antd/es/button';
import Card from 'antd/es/card';
import Col from 'antd/es/col';
import Descriptions from 'antd/es/descriptions';
import Empty from 'antd/es/empty';
import Flex from 'antd/es/flex';
import List from 'antd/es/list';
import Progress from 'antd/es/progress';
import Row from 'antd/es/row';
import Tag from 'antd/es/tag';
import Timeline from 'antd/es/timeline';
import Typography from 'antd/es/typography';
import type { TimelineItemProps as TimelineItemType } from 'antd/es/timeline';
import { Link, useNavigate, useParams } from 'react-router';
import { useTask } from '../../api/hooks';
import type { ExtensionRequest, Id, TaskAttachment, TaskDetail, TaskNotification, TaskUpdate } from '../../api/types';
import { AttachmentLink } from '../../components/Attachments';
import { Deadline } from '../../components/Deadline';
import { ErrorState } from '../../components/ErrorState';
import { ExtensionDecision } from '../../components/ExtensionDecision';
import { PageLoading } from '../../components/PageLoading';
import { usePageTitle } from '../../components/usePageTitle';
import { StatusTag } from '../../components/StatusTag';
import { TimelinessTag } from '../../components/TimelinessTag';
import { formatDate, formatDateTime } from '../../lib/dates';
import { titleSubject } from '../../lib/pageTitle';
import { NOTIFICATION_STATUS_LABEL, notificationKindLabel, ROLE_LABEL, STATUS_LABEL } from '../../lib/labels';
import { buildTaskTimeline, returnedWork } from '../../lib/taskTimeline';
import { SeriesCard } from './SeriesCard';
import { TaskActions } from './TaskActions';
import { TaskComments } from './TaskComments';

const EXTENSION_STATUS: Record<ExtensionRequest['status'], { label: string; color: string }> = {
  pending: { label: 'Chờ duyệt', color: 'gold' },
  approved: { label: 'Đã duyệt', color: 'green' },
  rejected: { label: 'Từ chối', color: 'red' },
};

function directiveLabel(task: TaskDetail): string {
  const d = task.directive;
  if (!d) return '';
  const number = [d.number, d.symbol].filter(Boolean).join('/');
  return [number && `Số ${number}`, d.date && `ngày ${formatDate(d.date)}`].filter(Boolean).join(' ');
}

function recipient(n: TaskNotification): string {
  const who = [n.recipientName, n.recipientRole && `(${ROLE_LABEL[n.recipientRole]})`].filter(Boolean).join(' ');
  if (!n.recipientEmail) return who || 'hộp thư đơn vị';
  return who ? `${who} <${n.recipientEmail}>` : n.recipientEmail;
}

function updateTitle(u: TaskUpdate): string {
  if (u.kind === 'status' && u.toStatus) {
    return u.fromStatus ? `${STATUS_LABEL[u.fromStatus]} → ${STATUS_LABEL[u.toStatus]}` : STATUS_LABEL[u.toStatus];
  }
  if (u.kind === 'progress' && u.progress !== null && u.progress !== undefined) return `Báo cáo tiến độ: ${u.progress}%`;
  if (u.kind === 'correction') return 'Đính chính nhiệm vụ';
  return u.note || !u.attachments?.length ? 'Ghi chú' : 'Bổ sung tệp đính kèm';
}

function updateItem(taskId: Id, u: TaskUpdate): TimelineItemType {
  const who = u.author?.name ? ` — ${u.author.name}` : '';
  const title = updateTitle(u);
  return {
    key: `u${u.id}`,
    color: u.toStatus === 'done' ? 'green' : u.toStatus === 'cancelled' ? 'gray' : 'blue',
    content: (
      <div>
        <Typography.Text strong>{title}</Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 12, marginLeft: 8 }}>
          {formatDateTime(u.createdAt)}
          {who}
        </Typography.Text>
        {u.note && <Typography.Paragraph style={{ margin: '4px 0 0', whiteSpace: 'pre-wrap' }}>{u.note}</Typography.Paragraph>}
        {u.attachments?.map((f) => (
          <div key={String(f.id)}>
            <AttachmentLink taskId={taskId} file={f} />
          </div>
        ))}
      </div>
    ),
  };
}

/**
 * The task's progress; work sent back shows that it was, and why, in place of the 100 % its
 * submission left, until the unit reports anew. Only accepted work is green.
 */
function TaskProgress({ task }: { task: TaskDetail }) {
  const back = returnedWork(task);
  const bar = (
    <Progress percent={task.progress} status={task.status === 'done' ? 'success' : 'normal'} aria-label="Tiến độ" style={{ maxWidth: 480 }} />
  );
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

/** The deadline an approved request set: the one granted, which may differ from the one asked for. */
const grantedOf = (r: ExtensionRequest) => r.grantedDeadline ?? r.requestedDeadline;

function extensionItem(r: ExtensionRequest, decided: boolean): TimelineItemType {
  const title = !decided
    ? `Xin gia hạn đến ${formatDate(r.requestedDeadline)}`
    : r.status === 'approved'
      ? `Duyệt gia hạn đến ${formatDate(grantedOf(r))}${grantedOf(r) !== r.requestedDeadline ? ` (đơn vị xin đến ${formatDate(r.requestedDeadline)})` : ''}`
      : `Từ chối gia hạn đến ${formatDate(r.requestedDeadline)}`;
  const who = decided ? r.decidedBy?.name : r.requestedBy?.name;
  const note = decided ? r.decisionNote : r.reason;
  return {
    key: `e${r.id}${decided ? 'd' : ''}`,
    color: !decided ? 'orange' : r.status === 'approved' ? 'green' : 'red',
    icon: <ClockCircleOutlined />,
    content: (
      <div data-extension={decided ? 'decision' : 'request'}>
        <Typography.Text strong>{title}</Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 12, marginLeft: 8 }}>
          {formatDateTime(decided ? r.decidedAt : r.createdAt)}
          {who ? ` — ${who}` : ''}
        </Typography.Text>
        {note && <Typography.Paragraph style={{ margin: '4px 0 0', whiteSpace: 'pre-wrap' }}>{note}</Typography.Paragraph>}
      </div>
    ),
  };
}

function notificationItem(n: TaskNotification): TimelineItemType {
  const kind = notificationKindLabel(n.kind);
  const delivery =
    n.status === 'sent' && n.sentAt
      ? `thư gửi lúc ${formatDateTime(n.sentAt)} tới ${recipient(n)}`
      : `thư ${NOTIFICATION_STATUS_LABEL[n.status].toLowerCase()} tới ${recipient(n)} (tạo lúc ${formatDateTime(n.createdAt)})`;
  return {
    key: `n${n.id}`,
    color: n.status === 'failed' ? 'red' : n.status === 'sent' || n.status === 'skipped' ? 'gray' : 'orange',
    icon: <MailOutlined />,
    content: (
      <div data-notification-status={n.status} data-notification-kind={n.kind}>
        <Typography.Text strong>{kind}</Typography.Text>
        <div>
          <Typography.Text type={n.status === 'failed' ? 'danger' : 'secondary'} style={{ fontSize: 12 }}>
            {delivery}
          </Typography.Text>
        </div>
        {n.status === 'skipped' && n.reason ? (
          <div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {n.reason}
            </Typography.Text>
          </div>
        ) : null}
      </div>
    ),
  };
}

export default function TaskDetailPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { data: task, error, isLoading, refetch, isFetching } = useTask(id);
  usePageTitle(task ? `Nhiệm vụ: ${titleSubject(task.text)}` : 'Chi tiết nhiệm vụ');

  if (isLoading) return <PageLoading />;
  if (error || !task) return <ErrorState error={error} onRetry={() => refetch()} />;

  const timeline = buildTaskTimeline(task).map((e) =>
    e.type === 'update' ? updateItem(task.id, e.update) : e.type === 'extension' ? extensionItem(e.request, e.decided) : notificationItem(e.notification),
  );
  const attachments = task.attachments ?? [];
  const reportOf = new Map((task.updates ?? []).map((u) => [String(u.id), u]));
  const attachmentItem = (f: TaskAttachment) => {
    const report = reportOf.get(String(f.updateId));
    return (
      <List.Item key={String(f.id)}>
        <div>
          <AttachmentLink taskId={task.id} file={f} />
          <div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {[report && updateTitle(report), f.uploadedBy?.name, formatDateTime(f.createdAt)].filter(Boolean).join(' · ')}
            </Typography.Text>
          </div>
        </div>
      </List.Item>
    );
  };
  const pendingRequests = (task.extensionRequests ?? []).filter((r) => r.status === 'pending');
  const otherRequests = (task.extensionRequests ?? []).filter((r) => r.status !== 'pending');

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

      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Card title="Thông tin nhiệm vụ" style={{ marginBottom: 16 }}>
            <Descriptions
              column={1}
              size="small"
              items={[
                { key: 'lead', label: 'Đơn vị chủ trì', children: task.leadUnit?.name },
                {
                  key: 'coord',
                  label: 'Đơn vị phối hợp',
                  children: task.coordinatingUnits?.length ? task.coordinatingUnits.map((u) => u.name).join('; ') : '—',
                },
                { key: 'deadline', label: 'Hạn xử lý', children: <Deadline task={task} showText /> },
                { key: 'leader', label: 'Lãnh đạo phụ trách', children: task.leaderInCharge?.name ?? '—' },
                { key: 'clerk', label: 'Chuyên viên theo dõi', children: task.clerk?.name ?? '—' },
                {
                  key: 'directive',
                  label: 'Văn bản chỉ đạo',
                  children: task.directive ? (
                    <Link to={`/directives/${task.directive.id}`}>
                      {directiveLabel(task)}
                      {task.directive.title ? ` — ${task.directive.title}` : ''}
                    </Link>
                  ) : (
                    '—'
                  ),
                },
                { key: 'created', label: 'Ngày giao', children: formatDateTime(task.createdAt) },
                ...(task.submittedAt ? [{ key: 'submitted', label: 'Báo cáo hoàn thành lúc', children: formatDateTime(task.submittedAt) }] : []),
                ...(task.completedAt ? [{ key: 'completed', label: 'Hoàn thành lúc', children: formatDateTime(task.completedAt) }] : []),
              ]}
            />
            {task.sourceParagraph && (
              <blockquote
                style={{ margin: '16px 0 0', padding: '8px 12px', borderLeft: '3px solid #91caff', background: '#f5f9ff', whiteSpace: 'pre-wrap' }}
              >
                <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12, marginBottom: 4 }}>
                  Trích văn bản
                </Typography.Text>
                {task.sourceParagraph}
              </blockquote>
            )}
          </Card>

          <TaskComments task={task} />

          <Card title="Diễn biến và đôn đốc" style={{ marginBottom: 16 }}>
            {timeline.length ? <Timeline items={timeline} /> : <Empty description="Chưa có cập nhật nào" />}
          </Card>
        </Col>

        <Col xs={24} lg={10}>
          {task.series && <SeriesCard task={task} series={task.series} />}
          <Card title={attachments.length ? `Tệp đính kèm (${attachments.length})` : 'Tệp đính kèm'} style={{ marginBottom: 16 }} data-section="attachments">
            {attachments.length ? (
              <List size="small" dataSource={attachments} renderItem={attachmentItem} />
            ) : (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="Chưa có tệp đính kèm" />
            )}
          </Card>

          <Card title="Đề nghị gia hạn đang chờ" style={{ marginBottom: 16 }}>
            {pendingRequests.length ? (
              <List
                dataSource={pendingRequests}
                renderItem={(r) => (
                  <List.Item key={String(r.id)}>
                    <div style={{ width: '100%' }}>
                      <div>
                        Xin gia hạn đến <strong>{formatDate(r.requestedDeadline)}</strong>
                        {r.previousDeadline ? ` (hạn hiện tại ${formatDate(r.previousDeadline)})` : ''}
                      </div>
                      <Typography.Paragraph style={{ margin: '4px 0', whiteSpace: 'pre-wrap' }}>{r.reason}</Typography.Paragraph>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {r.requestedBy?.name} · {formatDateTime(r.createdAt)}
                      </Typography.Text>
                      {task.permissions?.decideExtension && (
                        <div style={{ marginTop: 8 }}>
                          <ExtensionDecision request={r} taskId={task.id} />
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

          <Card title="Lịch sử hạn xử lý" style={{ marginBottom: 16 }}>
            {task.originalDeadline && (
              <div style={{ marginBottom: 12 }}>
                Hạn ban đầu: <strong>{formatDate(task.originalDeadline)}</strong>
              </div>
            )}
            {task.deadlineHistory?.length ? (
              <Timeline
                items={task.deadlineHistory.map((h) => ({
                  key: String(h.id),
                  content: (
                    <div>
                      <div>
                        {formatDate(h.previousDeadline) || 'Không thời hạn'} → <strong>{formatDate(h.newDeadline) || 'Không thời hạn'}</strong>
                      </div>
                      {h.reason && <div style={{ whiteSpace: 'pre-wrap' }}>{h.reason}</div>}
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {h.changedBy?.name} · {formatDateTime(h.createdAt)}
                      </Typography.Text>
                    </div>
                  ),
                }))}
              />
            ) : (
              <Typography.Text type="secondary">Hạn xử lý chưa thay đổi.</Typography.Text>
            )}
            {otherRequests.length > 0 && (
              <>
                <Typography.Title level={5}>Đề nghị gia hạn đã xử lý</Typography.Title>
                <List
                  size="small"
                  dataSource={otherRequests}
                  renderItem={(r) => (
                    <List.Item key={String(r.id)}>
                      <div>
                        <Tag color={EXTENSION_STATUS[r.status].color}>{EXTENSION_STATUS[r.status].label}</Tag>
                        đến {formatDate(r.status === 'approved' ? grantedOf(r) : r.requestedDeadline)}
                        {r.status === 'approved' && grantedOf(r) !== r.requestedDeadline ? ` (xin đến ${formatDate(r.requestedDeadline)})` : ''} — {r.reason}
                        {r.decisionNote ? (
                          <div>
                            <Typography.Text type="secondary">Ý kiến: {r.decisionNote}</Typography.Text>
                          </div>
                        ) : null}
                        <div>
                          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                            {r.decidedBy?.name}
                            {r.decidedAt ? ` · ${formatDateTime(r.decidedAt)}` : ''}
                          </Typography.Text>
                        </div>
                      </div>
                    </List.Item>
                  )}
                />
              </>
            )}
          </Card>
        </Col>
      </Row>
    </>
  );
}
