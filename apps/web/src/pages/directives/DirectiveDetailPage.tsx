import ArrowLeftOutlined from '@ant-design/icons/es/icons/ArrowLeftOutlined';
import EditOutlined from '@ant-design/icons/es/icons/EditOutlined';
import PlusOutlined from '@ant-design/icons/es/icons/PlusOutlined';
import UnorderedListOutlined from '@ant-design/icons/es/icons/UnorderedListOutlined';
import { useQuery } from '@tanstack/react-query';
import Button from 'antd/es/button';
import Card from 'antd/es/card';
import Collapse from 'antd/es/collapse';
import Descriptions from 'antd/es/descriptions';
import Flex from 'antd/es/flex';
import Progress from 'antd/es/progress';
import Result from 'antd/es/result';
import Table from 'antd/es/table';
import Tag from 'antd/es/tag';
import Typography from 'antd/es/typography';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { tasksApi } from '../../api/endpoints';
import { useDirective, useUnits } from '../../api/hooks';
import type { DirectiveDetail, Task } from '../../api/types';
import { useCurrentUser } from '../../auth/AuthContext';
import { Deadline } from '../../components/Deadline';
import { ErrorState } from '../../components/ErrorState';
import { PageHeader } from '../../components/PageHeader';
import { PageLoading } from '../../components/PageLoading';
import { usePageTitle } from '../../components/usePageTitle';
import { StatusTag } from '../../components/StatusTag';
import { TimelinessTag } from '../../components/TimelinessTag';
import { isApiError } from '../../lib/apiError';
import { formatDate, formatDateTime } from '../../lib/dates';
import { directiveName, numberAndSymbol } from '../../lib/directiveLabel';
import { draftFromDirective } from '../../lib/draft';
import { groupSummary, membersNoun } from '../../lib/groupProgress';
import { canEnterDirectives } from '../../lib/roles';
import { HeaderCorrectionForm, TaskCorrectionButtons, TaskCorrectionDialogs, type TaskCorrectionDialog } from './DirectiveCorrections';
import { DraftWorkbench } from './DraftWorkbench';

const TASK_PAGE = 200;

/** Each group of the directive (the schools, the communes) summed whole: how many members finished their part. */
function GroupsCard({ groups }: { groups: DirectiveDetail['assignments'] }) {
  const { data: units = [] } = useUnits();
  return (
    <Card title="Theo nhóm đơn vị" style={{ marginBottom: 16 }} data-section="groups">
      {groups.map((group, index) => {
        const progress = group.progress!;
        const noun = membersNoun(group.unitIds.map((id) => units.find((u) => String(u.id) === String(id))?.kind));
        return (
          <div key={index} data-group={group.unitText} style={{ marginBottom: index < groups.length - 1 ? 12 : 0 }}>
            <Typography.Text strong>{group.unitText}</Typography.Text>
            <Flex gap={16} wrap align="center">
              <div style={{ minWidth: 200, flex: 1, maxWidth: 420 }}>
                <Progress
                  percent={progress.units ? Math.round((progress.unitsDone / progress.units) * 100) : 0}
                  aria-label={`Tiến độ nhóm ${group.unitText}`}
                />
              </div>
              <span>{groupSummary(progress, noun)}</span>
              <Typography.Text type="secondary">
                {progress.done}/{progress.total} nhiệm vụ
              </Typography.Text>
              {progress.overdue > 0 && <Tag color="red">{progress.overdue} quá hạn</Tag>}
            </Flex>
          </div>
        );
      })}
    </Card>
  );
}

export default function DirectiveDetailPage() {
  const { id = '' } = useParams();
  const me = useCurrentUser();
  const { data: directive, error, isLoading, refetch } = useDirective(id);
  const published = directive?.status === 'published';
  const [editing, setEditing] = useState(false);
  const [dialog, setDialog] = useState<TaskCorrectionDialog>(null);
  const tasks = useQuery({
    queryKey: ['tasks', 'list', { directiveId: id, pageSize: TASK_PAGE }],
    queryFn: () => tasksApi.listRaw({ directiveId: id, page: 1, pageSize: TASK_PAGE }),
    enabled: published,
  });
  // A unit's head also follows the tasks the units under his lead (the education office's schools), read-only.
  const followed = useQuery({
    queryKey: ['tasks', 'list', { directiveId: id, scope: 'subordinates', pageSize: TASK_PAGE }],
    queryFn: () => tasksApi.listRaw({ directiveId: id, scope: 'subordinates', page: 1, pageSize: TASK_PAGE }),
    enabled: published && me.role === 'unit_head',
  });

  const heading = directive ? directiveName(directive) : 'Văn bản chỉ đạo';
  usePageTitle(heading);

  const back = (
    <Link to="/directives">
      <Button icon={<ArrowLeftOutlined />}>Danh sách văn bản</Button>
    </Link>
  );

  if (isLoading) return <PageLoading />;
  // A draft one may not read is not found, another unit's directive refused: the server says which.
  if (isApiError(error, 404) || isApiError(error, 403)) {
    return <Result status={error.status === 404 ? '404' : '403'} title={error.message} extra={back} />;
  }
  if (error || !directive) return <ErrorState error={error} onRetry={() => refetch()} />;

  if (!published) {
    if (!canEnterDirectives(me.role)) {
      return (
        <>
          <PageHeader title={heading} extra={back} />
          <Card>
            <Typography.Paragraph>Văn bản đang ở dạng nháp, chưa ban hành.</Typography.Paragraph>
          </Card>
        </>
      );
    }
    return (
      <>
        <PageHeader
          title={
            <>
              {heading} <Tag>Nháp</Tag>
            </>
          }
          subtitle={directive.title ?? undefined}
          extra={back}
        />
        <DraftWorkbench
          initial={draftFromDirective(directive)}
          directiveId={directive.id}
          leaderInChargeId={directive.leaderInChargeId ?? directive.leaderInCharge?.id ?? null}
          clerkId={directive.clerkId ?? directive.clerk?.id ?? null}
        />
      </>
    );
  }

  const items = [...(tasks.data?.items ?? []), ...(followed.data?.items ?? [])];
  const corrects = editing && directive.permissions?.correct === true;
  // Counted by the server over every task, not over the page of tasks below.
  const { total, done, overdue } = directive.progress ?? { total: 0, done: 0, overdue: 0 };
  const groups = directive.assignments.filter((a) => a.group && a.progress && a.progress.units > 0);

  return (
    <>
      <PageHeader
        title={heading}
        subtitle={directive.title ?? undefined}
        extra={
          <>
            {back}
            <Link to={`/tasks?directiveId=${encodeURIComponent(String(directive.id))}`}>
              <Button icon={<UnorderedListOutlined />}>Xem trong danh sách nhiệm vụ</Button>
            </Link>
            {directive.permissions?.correct && (
              <Button type={editing ? 'primary' : 'default'} icon={<EditOutlined />} onClick={() => setEditing(!editing)} aria-pressed={editing}>
                {editing ? 'Xong đính chính' : 'Đính chính văn bản'}
              </Button>
            )}
          </>
        }
      />
      {corrects && <HeaderCorrectionForm key={directive.version} directive={directive} />}
      <Card style={{ marginBottom: 16 }}>
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2 }}
          items={[
            { key: 'number', label: 'Số, ký hiệu', children: numberAndSymbol(directive) || '—' },
            { key: 'date', label: 'Ngày văn bản', children: formatDate(directive.date) || '—' },
            { key: 'issuer', label: 'Cơ quan ban hành', children: directive.issuer ?? '—' },
            { key: 'signer', label: 'Người ký', children: directive.signer ?? '—' },
            { key: 'published', label: 'Ban hành lúc', children: formatDateTime(directive.publishedAt) || '—' },
            { key: 'leader', label: 'Lãnh đạo phụ trách', children: directive.leaderInCharge?.name ?? '—' },
            { key: 'clerk', label: 'Chuyên viên theo dõi', children: directive.clerk?.name ?? '—' },
          ]}
        />
        <Flex gap={24} wrap align="center" style={{ marginTop: 12 }}>
          <div style={{ minWidth: 240, flex: 1, maxWidth: 480 }}>
            <Progress percent={total ? Math.round((done / total) * 100) : 0} aria-label="Nhiệm vụ đã hoàn thành" />
          </div>
          <span>
            Hoàn thành {done}/{total} nhiệm vụ
          </span>
          {overdue > 0 && <Tag color="red">{overdue} quá hạn</Tag>}
        </Flex>
      </Card>
      {groups.length > 0 && <GroupsCard groups={groups} />}
      <Card
        title="Nhiệm vụ"
        style={{ marginBottom: 16 }}
        extra={
          corrects && (
            <Button icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'add' })}>
              Thêm nhiệm vụ
            </Button>
          )
        }
      >
        {tasks.error || followed.error ? (
          <ErrorState error={tasks.error ?? followed.error} onRetry={() => Promise.all([tasks.refetch(), followed.refetch()])} />
        ) : (
          <Table<Task>
            rowKey={(t) => String(t.id)}
            loading={tasks.isLoading || followed.isLoading}
            dataSource={items}
            pagination={items.length > 20 ? { pageSize: 20 } : false}
            scroll={{ x: 900 }}
            size="small"
            columns={[
              { title: 'Đơn vị chủ trì', key: 'unit', width: 200, render: (_, t) => t.leadUnit?.name },
              {
                title: 'Nhiệm vụ',
                key: 'text',
                render: (_, task) => (
                  <Link to={`/tasks/${task.id}`}>
                    <Typography.Paragraph ellipsis={{ rows: 2, tooltip: task.text }} style={{ margin: 0, color: 'inherit' }}>
                      {task.text}
                    </Typography.Paragraph>
                  </Link>
                ),
              },
              { title: 'Hạn xử lý', key: 'deadline', width: 140, render: (_, t) => <Deadline task={t} /> },
              { title: 'Tiến độ', key: 'progress', width: 120, render: (_, t) => <Progress percent={t.progress} size="small" aria-label="Tiến độ" /> },
              { title: 'Trạng thái', key: 'status', width: 160, render: (_, t) => <StatusTag value={t.status} /> },
              { title: 'Tình hình', key: 'timeliness', width: 170, render: (_, t) => <TimelinessTag value={t.timeliness} /> },
              ...(corrects
                ? [{ title: 'Đính chính', key: 'correct', width: 130, render: (_: unknown, t: Task) => <TaskCorrectionButtons task={t} onOpen={setDialog} /> }]
                : []),
            ]}
          />
        )}
      </Card>
      {corrects && <TaskCorrectionDialogs directive={directive} open={dialog} onClose={() => setDialog(null)} />}
      {directive.sourceText && (
        <Collapse
          items={[
            {
              key: 'source',
              label: 'Văn bản gốc',
              children: (
                <div style={{ whiteSpace: 'pre-wrap', fontFamily: '"Times New Roman", Times, serif', fontSize: 15, lineHeight: 1.6 }}>
                  {directive.sourceText}
                </div>
              ),
            },
          ]}
        />
      )}
    </>
  );
}
