import CheckOutlined from '@ant-design/icons/es/icons/CheckOutlined';
import CloseOutlined from '@ant-design/icons/es/icons/CloseOutlined';
import App from 'antd/es/app';
import Button from 'antd/es/button';
import DatePicker from 'antd/es/date-picker';
import Flex from 'antd/es/flex';
import Form from 'antd/es/form';
import Input from 'antd/es/input';
import { useQueryClient } from '@tanstack/react-query';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { extensionsApi } from '../api/endpoints';
import { queryKeys } from '../api/hooks';
import type { ExtensionRequest, Id } from '../api/types';
import { describeError } from '../lib/apiError';
import { DISPLAY_DATE_FORMAT, formatDate, newDeadlineRule } from '../lib/dates';
import { FormDialog } from './FormDialog';

/** Approve or reject one extension request; used on the task page and on the dashboard. */
export function ExtensionDecision({
  request,
  taskId,
}: {
  request: Pick<ExtensionRequest, 'id' | 'requestedDeadline' | 'previousDeadline' | 'reason'>;
  taskId: Id;
}) {
  const [open, setOpen] = useState<'approve' | 'reject' | null>(null);
  const { message } = App.useApp();
  const queryClient = useQueryClient();

  const decide = async (approve: boolean, note?: string, deadline?: Dayjs) => {
    const granted = deadline?.format('YYYY-MM-DD');
    try {
      await extensionsApi.decide(request.id, approve, note?.trim() || undefined, approve && granted !== request.requestedDeadline ? granted : undefined);
      message.success(approve ? 'Đã duyệt gia hạn.' : 'Đã từ chối gia hạn.');
      setOpen(null);
    } catch (error) {
      message.error(describeError(error));
      throw error;
    } finally {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.pendingExtensions }),
        queryClient.invalidateQueries({ queryKey: queryKeys.task(taskId) }),
        queryClient.invalidateQueries({ queryKey: ['tasks', 'list'] }),
        queryClient.invalidateQueries({ queryKey: ['stats'] }),
      ]);
    }
  };

  return (
    <>
      <Flex gap={8} wrap>
        <Button size="small" type="primary" icon={<CheckOutlined />} onClick={() => setOpen('approve')}>
          Duyệt
        </Button>
        <Button size="small" danger icon={<CloseOutlined />} onClick={() => setOpen('reject')}>
          Từ chối
        </Button>
      </Flex>
      <FormDialog<{ note?: string; deadline?: Dayjs }>
        open={open !== null}
        title={open === 'approve' ? 'Duyệt gia hạn' : 'Từ chối đề nghị gia hạn'}
        okText={open === 'approve' ? 'Duyệt' : 'Từ chối'}
        danger={open === 'reject'}
        initialValues={{ deadline: dayjs(request.requestedDeadline) }}
        onCancel={() => setOpen(null)}
        onSubmit={(v) => decide(open === 'approve', v.note, v.deadline)}
      >
        <p style={{ marginTop: 0 }}>
          Đơn vị xin gia hạn đến <strong>{formatDate(request.requestedDeadline)}</strong>. Lý do: {request.reason}
        </p>
        {open === 'approve' && (
          <Form.Item
            label="Gia hạn đến"
            name="deadline"
            extra="Có thể cho hạn khác với hạn đơn vị xin."
            rules={[
              { required: true, message: 'Vui lòng chọn hạn mới.' },
              // Against the deadline the request would move.
              newDeadlineRule(request.previousDeadline),
            ]}
          >
            <DatePicker format={DISPLAY_DATE_FORMAT} style={{ width: '100%' }} placeholder="dd/mm/yyyy" />
          </Form.Item>
        )}
        <Form.Item
          label={open === 'approve' ? 'Ý kiến (không bắt buộc)' : 'Lý do từ chối'}
          name="note"
          rules={open === 'reject' ? [{ required: true, whitespace: true, message: 'Vui lòng nhập lý do từ chối.' }] : []}
        >
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </FormDialog>
    </>
  );
}
