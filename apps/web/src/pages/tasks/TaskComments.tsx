import Button from 'antd/es/button';
import Card from 'antd/es/card';
import Empty from 'antd/es/empty';
import Form from 'antd/es/form';
import Input from 'antd/es/input';
import List from 'antd/es/list';
import Tag from 'antd/es/tag';
import Typography from 'antd/es/typography';
import { useState } from 'react';
import { tasksApi } from '../../api/endpoints';
import type { TaskDetail } from '../../api/types';
import { useCurrentUser } from '../../auth/AuthContext';
import { formatDateTime } from '../../lib/dates';
import { ROLE_LABEL } from '../../lib/labels';
import { commentLabel, taskComments } from '../../lib/taskComments';
import { useTaskWrite } from './TaskActions';

/**
 * The exchange on a task: the leaders' directions (ý kiến chỉ đạo) and the units' answers, oldest
 * first, with a form for whoever may comment. The lead unit's head is mailed a leader's direction.
 */
export function TaskComments({ task }: { task: TaskDetail }) {
  const me = useCurrentUser();
  const run = useTaskWrite(task);
  const [form] = Form.useForm<{ note: string }>();
  const [busy, setBusy] = useState(false);
  const comments = taskComments(task);
  const directs = me.role === 'leader';

  const send = async ({ note }: { note: string }) => {
    setBusy(true);
    try {
      // No version: a comment changes nothing of the task that another person's write could make stale.
      await run(() => tasksApi.update(task.id, { note: note.trim() }), directs ? 'Đã gửi ý kiến chỉ đạo; đơn vị chủ trì được thông báo.' : 'Đã gửi ý kiến.');
      form.resetFields();
    } catch {
      // Told already; the text stays for another try.
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title={comments.length ? `Ý kiến trao đổi (${comments.length})` : 'Ý kiến trao đổi'} style={{ marginBottom: 16 }} data-section="comments">
      {comments.length ? (
        <List
          size="small"
          dataSource={comments}
          renderItem={(comment) => (
            <List.Item key={String(comment.id)} data-comment-role={comment.author?.role}>
              <div style={{ width: '100%' }}>
                <div>
                  <Tag color={comment.author?.role === 'leader' ? 'red' : 'blue'}>{commentLabel(comment)}</Tag>
                  <Typography.Text strong>{comment.author?.name}</Typography.Text>
                  {comment.author?.role && <Typography.Text type="secondary"> ({ROLE_LABEL[comment.author.role]})</Typography.Text>}
                  <Typography.Text type="secondary" style={{ fontSize: 12, marginLeft: 8 }}>
                    {formatDateTime(comment.createdAt)}
                  </Typography.Text>
                </div>
                <Typography.Paragraph style={{ margin: '4px 0 0', whiteSpace: 'pre-wrap' }}>{comment.note}</Typography.Paragraph>
              </div>
            </List.Item>
          )}
        />
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="Chưa có ý kiến nào" />
      )}
      {task.permissions?.comment && (
        <Form<{ note: string }> form={form} name="task-comment" layout="vertical" onFinish={send} style={{ marginTop: 12 }}>
          <Form.Item
            label={directs ? 'Ý kiến chỉ đạo' : 'Ý kiến của đơn vị'}
            name="note"
            rules={[{ required: true, whitespace: true, message: 'Vui lòng nhập nội dung ý kiến.' }]}
          >
            <Input.TextArea rows={3} maxLength={5000} showCount />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={busy}>
            {directs ? 'Gửi ý kiến chỉ đạo' : 'Gửi ý kiến'}
          </Button>
        </Form>
      )}
    </Card>
  );
}
