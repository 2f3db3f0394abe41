import Card from 'antd/es/card';
import Descriptions from 'antd/es/descriptions';
import Typography from 'antd/es/typography';
import { Link } from 'react-router';
import type { TaskDetail } from '../../api/types';
import { Deadline } from '../../components/Deadline';
import { formatDateTime } from '../../lib/dates';
import { directiveLabel } from '../../lib/directiveLabel';

/** Who does the task, with whom, by when, for whom and from which directive, and the words it came from. */
export function TaskFactsCard({ task }: { task: TaskDetail }) {
  return (
    <Card title="Thông tin nhiệm vụ" style={{ marginBottom: 16 }}>
      <Descriptions
        column={1}
        size="small"
        items={[
          { key: 'lead', label: 'Đơn vị chủ trì', children: task.leadUnit?.name },
          {
            key: 'coord',
            label: 'Đơn vị phối hợp',
            children: task.coordinatingUnits?.length ? task.coordinatingUnits.map((unit) => unit.name).join('; ') : '—',
          },
          { key: 'deadline', label: 'Hạn xử lý', children: <Deadline task={task} showText /> },
          { key: 'leader', label: 'Lãnh đạo phụ trách', children: task.leaderInCharge?.name ?? '—' },
          { key: 'clerk', label: 'Chuyên viên theo dõi', children: task.clerk?.name ?? '—' },
          {
            key: 'directive',
            label: 'Văn bản chỉ đạo',
            children: task.directive ? (
              <Link to={`/directives/${task.directive.id}`}>
                {directiveLabel(task.directive)}
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
        <blockquote style={{ margin: '16px 0 0', padding: '8px 12px', borderLeft: '3px solid #91caff', background: '#f5f9ff', whiteSpace: 'pre-wrap' }}>
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12, marginBottom: 4 }}>
            Trích văn bản
          </Typography.Text>
          {task.sourceParagraph}
        </blockquote>
      )}
    </Card>
  );
}
