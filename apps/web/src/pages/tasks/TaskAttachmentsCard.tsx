import Card from 'antd/es/card';
import Empty from 'antd/es/empty';
import List from 'antd/es/list';
import Typography from 'antd/es/typography';
import type { TaskAttachment, TaskDetail } from '../../api/types';
import { AttachmentLink } from '../../components/Attachments';
import { formatDateTime } from '../../lib/dates';
import { updateTitle } from '../../lib/taskTimeline';

/** Every file sent with the task's reports, each with the report it came with, who sent it and when. */
export function TaskAttachmentsCard({ task }: { task: TaskDetail }) {
  const attachments = task.attachments ?? [];
  const reportOf = new Map((task.updates ?? []).map((update) => [String(update.id), update]));
  const attachmentItem = (file: TaskAttachment) => {
    const report = reportOf.get(String(file.updateId));
    return (
      <List.Item key={String(file.id)}>
        <div>
          <AttachmentLink taskId={task.id} file={file} />
          <div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {[report && updateTitle(report), file.uploadedBy?.name, formatDateTime(file.createdAt)].filter(Boolean).join(' · ')}
            </Typography.Text>
          </div>
        </div>
      </List.Item>
    );
  };
  return (
    <Card title={attachments.length ? `Tệp đính kèm (${attachments.length})` : 'Tệp đính kèm'} style={{ marginBottom: 16 }} data-section="attachments">
      {attachments.length ? (
        <List size="small" dataSource={attachments} renderItem={attachmentItem} />
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="Chưa có tệp đính kèm" />
      )}
    </Card>
  );
}
