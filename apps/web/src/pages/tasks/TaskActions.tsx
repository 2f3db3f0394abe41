import CheckOutlined from '@ant-design/icons/es/icons/CheckOutlined';
import ClockCircleOutlined from '@ant-design/icons/es/icons/ClockCircleOutlined';
import CloseCircleOutlined from '@ant-design/icons/es/icons/CloseCircleOutlined';
import LineChartOutlined from '@ant-design/icons/es/icons/LineChartOutlined';
import RollbackOutlined from '@ant-design/icons/es/icons/RollbackOutlined';
import SendOutlined from '@ant-design/icons/es/icons/SendOutlined';
import Button from 'antd/es/button';
import DatePicker from 'antd/es/date-picker';
import Flex from 'antd/es/flex';
import Form from 'antd/es/form';
import Input from 'antd/es/input';
import InputNumber from 'antd/es/input-number';
import Slider from 'antd/es/slider';
import type { UploadFile } from 'antd/es/upload';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { tasksApi } from '../../api/endpoints';
import { queryKeys } from '../../api/hooks';
import type { TaskDetail } from '../../api/types';
import { AttachmentPicker, chosenFiles } from '../../components/Attachments';
import { FormDialog } from '../../components/FormDialog';
import { ATTACHMENT_HINT } from '../../lib/attachments';
import { DISPLAY_DATE_FORMAT, newDeadlineRule } from '../../lib/dates';
import { isApiError } from '../../lib/apiError';
import { useVersionedWrite } from '../../components/useVersionedWrite';

type Action = 'report' | 'submit' | 'extension' | 'accept' | 'return' | 'cancel';

/** Runs a task write, and on a stale version reloads the task and says why the write was refused. */
export function useTaskWrite(task: Pick<TaskDetail, 'id'>) {
  return useVersionedWrite(
    { title: 'Nhiệm vụ vừa được người khác cập nhật', content: 'Trang đã được tải lại với dữ liệu mới nhất. Vui lòng kiểm tra rồi thực hiện lại.' },
    [queryKeys.task(task.id), ['tasks', 'list'], queryKeys.submitted, queryKeys.pendingExtensions],
  );
}

const requiredText = (what: string) => [{ required: true, whitespace: true, message: `Vui lòng nhập ${what}.` }];

/** The files sent with a report or a submission, shown to those the API lets attach. */
function FilesField({ show }: { show: boolean }) {
  if (!show) return null;
  return (
    <Form.Item label="Tệp đính kèm" name="files" extra={ATTACHMENT_HINT}>
      <AttachmentPicker />
    </Form.Item>
  );
}

/** The buttons a person may use on this task; the API decides, through `task.permissions`. */
export function TaskActions({ task }: { task: TaskDetail }) {
  const [open, setOpen] = useState<Action | null>(null);
  const run = useTaskWrite(task);
  const permissions = task.permissions ?? ({} as TaskDetail['permissions']);
  const close = () => setOpen(null);
  // After a stale write the form holds outdated values; it closes so the person starts from the reloaded task.
  const submitAnd = (write: () => Promise<unknown>, done: string) =>
    run(write, done).then(close, (error: unknown) => {
      if (isApiError(error, 409)) close();
      throw error;
    });

  const buttons = [
    permissions.report && (
      <Button key="report" type="primary" icon={<LineChartOutlined />} onClick={() => setOpen('report')}>
        Báo cáo tiến độ
      </Button>
    ),
    permissions.submit && (
      <Button key="submit" icon={<SendOutlined />} onClick={() => setOpen('submit')}>
        Báo cáo hoàn thành
      </Button>
    ),
    permissions.requestExtension && (
      <Button key="extension" icon={<ClockCircleOutlined />} onClick={() => setOpen('extension')}>
        Xin gia hạn
      </Button>
    ),
    permissions.accept && (
      <Button key="accept" type="primary" icon={<CheckOutlined />} onClick={() => setOpen('accept')}>
        Chấp nhận kết quả
      </Button>
    ),
    permissions.return && (
      <Button key="return" icon={<RollbackOutlined />} onClick={() => setOpen('return')}>
        Trả lại
      </Button>
    ),
    permissions.cancel && (
      <Button key="cancel" danger icon={<CloseCircleOutlined />} onClick={() => setOpen('cancel')}>
        Hủy nhiệm vụ
      </Button>
    ),
  ].filter(Boolean);

  if (buttons.length === 0) return null;

  return (
    <>
      <Flex wrap gap={8}>
        {buttons}
      </Flex>

      <FormDialog<{ progress: number; note?: string; files?: UploadFile[] }>
        open={open === 'report'}
        title="Báo cáo tiến độ"
        okText="Gửi báo cáo"
        initialValues={{ progress: task.progress }}
        onCancel={close}
        onSubmit={(values) =>
          submitAnd(
            () =>
              tasksApi.update(task.id, { progress: values.progress, note: values.note?.trim() || undefined, version: task.version }, chosenFiles(values.files)),
            'Đã gửi báo cáo tiến độ.',
          )
        }
      >
        <Form.Item label="Tiến độ (%)" required>
          <Flex gap={12} align="center">
            <Form.Item name="progress" noStyle>
              <Slider min={0} max={100} step={5} ariaLabelForHandle="Tiến độ (%)" style={{ flex: 1 }} />
            </Form.Item>
            <Form.Item name="progress" noStyle rules={[{ required: true, type: 'number', min: 0, max: 100, message: 'Tiến độ từ 0 đến 100.' }]}>
              <InputNumber min={0} max={100} precision={0} suffix="%" aria-label="Tiến độ (%)" style={{ width: 100 }} />
            </Form.Item>
          </Flex>
        </Form.Item>
        <Form.Item label="Nội dung báo cáo" name="note">
          <Input.TextArea rows={4} maxLength={4000} showCount placeholder="Kết quả đã làm, khó khăn, kiến nghị..." />
        </Form.Item>
        <FilesField show={permissions.attach} />
      </FormDialog>

      <FormDialog<{ note: string; files?: UploadFile[] }>
        open={open === 'submit'}
        title="Báo cáo hoàn thành nhiệm vụ"
        okText="Gửi kết quả"
        onCancel={close}
        onSubmit={(values) =>
          submitAnd(
            () => tasksApi.update(task.id, { status: 'submitted', progress: 100, note: values.note.trim(), version: task.version }, chosenFiles(values.files)),
            'Đã gửi kết quả, chờ chấp nhận.',
          )
        }
      >
        <Form.Item label="Kết quả thực hiện" name="note" rules={requiredText('kết quả thực hiện')}>
          <Input.TextArea rows={5} maxLength={4000} showCount placeholder="Tóm tắt kết quả, văn bản đã ban hành..." />
        </Form.Item>
        <FilesField show={permissions.attach} />
      </FormDialog>

      <FormDialog<{ deadline: Dayjs; reason: string }>
        open={open === 'extension'}
        title="Xin gia hạn"
        okText="Gửi đề nghị"
        onCancel={close}
        onSubmit={(values) =>
          submitAnd(
            () => tasksApi.requestExtension(task.id, { deadline: values.deadline.format('YYYY-MM-DD'), reason: values.reason.trim() }),
            'Đã gửi đề nghị gia hạn.',
          )
        }
      >
        {/* Typed or picked, an impossible day is kept and explained rather than silently cleared. */}
        <Form.Item label="Hạn mới đề nghị" name="deadline" rules={[{ required: true, message: 'Vui lòng chọn hạn mới.' }, newDeadlineRule(task.deadline)]}>
          <DatePicker format={DISPLAY_DATE_FORMAT} style={{ width: '100%' }} placeholder="dd/mm/yyyy" />
        </Form.Item>
        <Form.Item label="Lý do" name="reason" rules={requiredText('lý do')}>
          <Input.TextArea rows={4} maxLength={2000} showCount />
        </Form.Item>
      </FormDialog>

      <FormDialog<{ note?: string }>
        open={open === 'accept'}
        title="Chấp nhận kết quả"
        okText="Chấp nhận"
        onCancel={close}
        onSubmit={(values) =>
          submitAnd(() => tasksApi.accept(task.id, { note: values.note?.trim() || undefined, version: task.version }), 'Đã chấp nhận kết quả.')
        }
      >
        <Form.Item label="Ý kiến (không bắt buộc)" name="note">
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </FormDialog>

      <FormDialog<{ reason: string }>
        open={open === 'return'}
        title="Trả lại kết quả"
        okText="Trả lại"
        danger
        onCancel={close}
        onSubmit={(values) => submitAnd(() => tasksApi.return(task.id, { reason: values.reason.trim(), version: task.version }), 'Đã trả lại kết quả.')}
      >
        <Form.Item label="Lý do trả lại" name="reason" rules={requiredText('lý do trả lại')}>
          <Input.TextArea rows={4} maxLength={2000} />
        </Form.Item>
      </FormDialog>

      <FormDialog<{ reason: string }>
        open={open === 'cancel'}
        title="Hủy nhiệm vụ"
        okText="Hủy nhiệm vụ"
        danger
        onCancel={close}
        onSubmit={(values) => submitAnd(() => tasksApi.cancel(task.id, { reason: values.reason.trim(), version: task.version }), 'Đã hủy nhiệm vụ.')}
      >
        <Form.Item label="Lý do hủy" name="reason" rules={requiredText('lý do hủy')}>
          <Input.TextArea rows={4} maxLength={2000} />
        </Form.Item>
      </FormDialog>
    </>
  );
}
