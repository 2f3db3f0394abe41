import Button from 'antd/es/button';
import Card from 'antd/es/card';
import Col from 'antd/es/col';
import DatePicker from 'antd/es/date-picker';
import Flex from 'antd/es/flex';
import Form from 'antd/es/form';
import Input from 'antd/es/input';
import InputNumber from 'antd/es/input-number';
import Row from 'antd/es/row';
import Select from 'antd/es/select';
import Typography from 'antd/es/typography';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { directivesApi, tasksApi } from '../../api/endpoints';
import { queryKeys, useUsers } from '../../api/hooks';
import { useCurrentUser } from '../../auth/AuthContext';
import type { DirectiveDetail, Id, Recurrence, Task } from '../../api/types';
import { FormDialog } from '../../components/FormDialog';
import { UnitSelect } from '../../components/UnitSelect';
import { useVersionedWrite } from '../../components/useVersionedWrite';
import { isApiError } from '../../lib/apiError';
import { DISPLAY_DATE_FORMAT } from '../../lib/dates';
import { RECURRENCE_LABEL } from '../../lib/labels';
import { leaderLabel } from '../../lib/noticeLeader';

const requiredText = (what: string) => [{ required: true, whitespace: true, message: `Vui lòng nhập ${what}.` }];
const iso = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : null);
const blankToNull = (v: string | undefined) => v?.trim() || null;

/** A task of the directive is still open, so it may be corrected or withdrawn. */
export const correctable = (t: Task) => t.status !== 'done' && t.status !== 'cancelled';

/** Runs a correction; on a stale version tells the person and reloads, as the task page does. */
function useCorrectionWrite(directiveId: Id) {
  return useVersionedWrite({ title: 'Văn bản hoặc nhiệm vụ vừa được người khác cập nhật' }, [
    queryKeys.directive(directiveId),
    ['tasks'],
    queryKeys.directives,
  ]);
}

interface HeaderValues {
  docType?: string;
  number?: string;
  symbol?: string;
  date?: Dayjs | null;
  title?: string;
  signer?: string;
  leaderInChargeId?: Id | null;
  reason?: string;
}

/** The header of the published directive, as a form: a notice published without number or date gets them here. */
export function HeaderCorrectionForm({ directive }: { directive: DirectiveDetail }) {
  const run = useCorrectionWrite(directive.id);
  const [form] = Form.useForm<HeaderValues>();
  const [busy, setBusy] = useState(false);
  // The office names another leader in charge from the list of leaders, which only the office may read.
  const office = ['admin', 'clerk'].includes(useCurrentUser().role);
  const leaders = useUsers('leader', office);
  const leaderId = directive.leaderInChargeId ?? directive.leaderInCharge?.id ?? null;
  const save = async (values: HeaderValues) => {
    const newLeader = office && (values.leaderInChargeId ?? null) !== leaderId;
    setBusy(true);
    try {
      await run(
        () =>
          directivesApi.correctHeader(directive.id, {
            docType: blankToNull(values.docType),
            number: blankToNull(values.number),
            symbol: blankToNull(values.symbol),
            date: iso(values.date),
            title: blankToNull(values.title),
            signer: blankToNull(values.signer),
            reason: values.reason?.trim() || undefined,
            version: directive.version,
            ...(newLeader ? { leaderInChargeId: values.leaderInChargeId ?? null } : {}),
          }),
        newLeader
          ? 'Đã lưu đính chính thông tin văn bản; các đơn vị và lãnh đạo phụ trách được thông báo.'
          : 'Đã lưu đính chính thông tin văn bản; các đơn vị được thông báo.',
      );
      form.setFieldValue('reason', undefined);
    } catch {
      // Told already; the form keeps what the person typed.
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card title="Đính chính thông tin văn bản" style={{ marginBottom: 16 }} data-section="header-correction">
      {/* Named, so its fields' ids do not meet the task dialogs' (a label would point at the wrong field);
          saved by its button only: Enter commits a typed date, it does not send the form half-filled. */}
      <Form<HeaderValues>
        form={form}
        name="directive-header"
        layout="vertical"
        initialValues={{
          docType: directive.docType ?? undefined,
          number: directive.number ?? undefined,
          symbol: directive.symbol ?? undefined,
          date: directive.date ? dayjs(directive.date) : null,
          title: directive.title ?? undefined,
          signer: directive.signer ?? undefined,
          leaderInChargeId: leaderId ?? undefined,
        }}
      >
        <Row gutter={16}>
          <Col xs={24} md={6}>
            <Form.Item label="Loại văn bản" name="docType">
              <Input maxLength={64} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item label="Số" name="number">
              <Input maxLength={32} placeholder="VD: 125" />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item label="Ký hiệu" name="symbol">
              <Input maxLength={64} placeholder="VD: TB-UBND" />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item label="Ngày văn bản" name="date">
              <DatePicker format={DISPLAY_DATE_FORMAT} style={{ width: '100%' }} placeholder="dd/mm/yyyy" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item label="Trích yếu" name="title">
          <Input.TextArea rows={2} maxLength={5000} />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item label="Người ký" name="signer">
              <Input maxLength={255} />
            </Form.Item>
          </Col>
          {office && (
            <Col xs={24} md={8}>
              <Form.Item label="Lãnh đạo phụ trách" name="leaderInChargeId">
                <Select
                  options={(leaders.data ?? []).map((u) => ({ value: u.id, label: leaderLabel(u) }))}
                  loading={leaders.isLoading}
                  allowClear
                  placeholder="Chưa phân công (Chủ tịch quyết định)"
                  notFoundContent="Không có"
                />
              </Form.Item>
            </Col>
          )}
          <Col xs={24} md={office ? 8 : 16}>
            <Form.Item label="Lý do đính chính" name="reason">
              <Input maxLength={2000} placeholder="VD: Văn thư đã cấp số" />
            </Form.Item>
          </Col>
        </Row>
        <Button type="primary" loading={busy} onClick={() => form.validateFields().then(save, () => undefined)}>
          Lưu thông tin văn bản
        </Button>
      </Form>
    </Card>
  );
}

interface TaskValues {
  text: string;
  leadUnitId: Id;
  deadline?: Dayjs | null;
  reason?: string;
}

interface NewTaskValues extends TaskValues {
  coordinatingUnitIds?: Id[];
  recurrence?: Recurrence | null;
  recurrenceDay?: number | null;
  recurrenceMonth?: number | null;
  recurrenceEndsOn?: Dayjs | null;
}

const RECURRENCE_OPTIONS = (Object.keys(RECURRENCE_LABEL) as Recurrence[]).map((r) => ({ value: r, label: RECURRENCE_LABEL[r] }));

/** A recurring duty's fields as the API takes them: none without a recurrence, a month only for a yearly one. */
function recurrenceBody(values: NewTaskValues) {
  if (!values.recurrence) return {};
  return {
    recurrence: values.recurrence,
    recurrenceDay: values.recurrenceDay ?? null,
    recurrenceEndsOn: iso(values.recurrenceEndsOn),
    ...(values.recurrence === 'yearly' ? { recurrenceMonth: values.recurrenceMonth ?? null } : {}),
  };
}

/** What the corrections of the directive's tasks open: editing one, withdrawing one, adding one. */
export type TaskCorrectionDialog = { kind: 'edit' | 'withdraw'; task: Task } | { kind: 'add' } | null;

/** The dialogs of the edit mode; `open` says which, for which task. */
export function TaskCorrectionDialogs({ directive, open, onClose }: { directive: DirectiveDetail; open: TaskCorrectionDialog; onClose(): void }) {
  const run = useCorrectionWrite(directive.id);
  const task = open && open.kind !== 'add' ? open.task : null;
  const closeAfter = (write: () => Promise<unknown>, done: string) =>
    run(write, done).then(onClose, (error: unknown) => {
      if (isApiError(error, 409)) onClose();
      throw error;
    });

  const editTask = (values: TaskValues) => {
    if (!task) return Promise.resolve();
    const deadline = iso(values.deadline);
    return closeAfter(
      () =>
        tasksApi.correct(task.id, {
          text: values.text.trim() !== task.text ? values.text.trim() : undefined,
          leadUnitId: String(values.leadUnitId) !== String(task.leadUnit.id) ? values.leadUnitId : undefined,
          deadline: deadline !== (task.statedDeadline ?? task.deadline) ? deadline : undefined,
          reason: values.reason?.trim() || undefined,
          version: task.version,
        }),
      'Đã đính chính nhiệm vụ; các đơn vị được thông báo.',
    );
  };

  return (
    <>
      <FormDialog<TaskValues>
        open={open?.kind === 'edit'}
        title="Đính chính nhiệm vụ"
        okText="Lưu đính chính"
        width={640}
        initialValues={
          task
            ? {
                text: task.text,
                leadUnitId: task.leadUnit.id,
                deadline: (task.statedDeadline ?? task.deadline) ? dayjs(task.statedDeadline ?? task.deadline) : null,
              }
            : {}
        }
        onCancel={onClose}
        onSubmit={editTask}
      >
        <Form.Item label="Nội dung nhiệm vụ" name="text" rules={requiredText('nội dung nhiệm vụ')}>
          <Input.TextArea rows={4} maxLength={5000} />
        </Form.Item>
        <Form.Item label="Đơn vị chủ trì" name="leadUnitId" rules={[{ required: true, message: 'Vui lòng chọn đơn vị chủ trì.' }]}>
          <UnitSelect allowClear={false} aria-label="Đơn vị chủ trì" />
        </Form.Item>
        <Form.Item label="Hạn xử lý" name="deadline" extra="Để trống: nhiệm vụ thường xuyên, không thời hạn. Hạn cũ vẫn lưu trong lịch sử hạn xử lý.">
          <DatePicker format={DISPLAY_DATE_FORMAT} style={{ width: '100%' }} placeholder="dd/mm/yyyy" />
        </Form.Item>
        <Form.Item label="Lý do đính chính" name="reason">
          <Input maxLength={2000} />
        </Form.Item>
      </FormDialog>

      <FormDialog<{ reason: string }>
        open={open?.kind === 'withdraw'}
        title="Hủy nhiệm vụ giao nhầm?"
        okText="Xác nhận hủy"
        danger
        onCancel={onClose}
        onSubmit={(values) =>
          task
            ? closeAfter(() => tasksApi.withdraw(task.id, { reason: values.reason.trim(), version: task.version }), 'Đã hủy nhiệm vụ giao nhầm.')
            : Promise.resolve()
        }
      >
        <Typography.Paragraph>
          Nhiệm vụ <strong>{task?.text}</strong> của <strong>{task?.leadUnit.name}</strong> sẽ chuyển sang trạng thái “Đã hủy” và không còn được đôn đốc; các
          đơn vị được thông báo.
        </Typography.Paragraph>
        <Form.Item label="Lý do hủy" name="reason" rules={requiredText('lý do hủy')}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </FormDialog>

      <FormDialog<NewTaskValues>
        open={open?.kind === 'add'}
        title="Thêm nhiệm vụ vào văn bản"
        okText="Thêm nhiệm vụ"
        width={640}
        onCancel={onClose}
        onSubmit={(values) =>
          closeAfter(
            () =>
              directivesApi.addTask(directive.id, {
                text: values.text.trim(),
                leadUnitId: values.leadUnitId,
                coordinatingUnitIds: values.coordinatingUnitIds ?? [],
                deadline: iso(values.deadline),
                ...recurrenceBody(values),
                reason: values.reason?.trim() || undefined,
                version: directive.version,
              }),
            'Đã thêm nhiệm vụ; đơn vị được thông báo.',
          )
        }
      >
        {(form) => (
          <>
            <Form.Item label="Nội dung nhiệm vụ" name="text" rules={requiredText('nội dung nhiệm vụ')}>
              <Input.TextArea rows={4} maxLength={5000} />
            </Form.Item>
            <Form.Item label="Đơn vị chủ trì" name="leadUnitId" rules={[{ required: true, message: 'Vui lòng chọn đơn vị chủ trì.' }]}>
              <UnitSelect allowClear={false} aria-label="Đơn vị chủ trì" />
            </Form.Item>
            <Form.Item noStyle shouldUpdate={(a, b) => a.leadUnitId !== b.leadUnitId}>
              {() => (
                <Form.Item label="Đơn vị phối hợp" name="coordinatingUnitIds">
                  <UnitSelect
                    multiple
                    aria-label="Đơn vị phối hợp"
                    excludeIds={form.getFieldValue('leadUnitId') ? [form.getFieldValue('leadUnitId') as Id] : []}
                  />
                </Form.Item>
              )}
            </Form.Item>
            <Form.Item label="Định kỳ" name="recurrence" extra="Nhiệm vụ định kỳ: mỗi kỳ là một nhiệm vụ riêng với hạn riêng; hạn xử lý dưới đây không dùng.">
              <Select options={RECURRENCE_OPTIONS} allowClear placeholder="Không định kỳ" />
            </Form.Item>
            <Form.Item noStyle shouldUpdate={(a, b) => a.recurrence !== b.recurrence}>
              {() => {
                const recurrence = form.getFieldValue('recurrence') as Recurrence | null | undefined;
                if (!recurrence) {
                  return (
                    <Form.Item label="Hạn xử lý" name="deadline" extra="Để trống: nhiệm vụ thường xuyên, không thời hạn.">
                      <DatePicker format={DISPLAY_DATE_FORMAT} style={{ width: '100%' }} placeholder="dd/mm/yyyy" />
                    </Form.Item>
                  );
                }
                return (
                  <Row gutter={8}>
                    <Col xs={24} sm={recurrence === 'yearly' ? 8 : 12}>
                      <Form.Item label={recurrence === 'weekly' ? 'Hạn mỗi kỳ (thứ, 1 là thứ Hai)' : 'Hạn mỗi kỳ (ngày)'} name="recurrenceDay">
                        <InputNumber min={1} max={recurrence === 'weekly' ? 7 : 31} precision={0} placeholder="Ngày cuối kỳ" style={{ width: '100%' }} />
                      </Form.Item>
                    </Col>
                    {recurrence === 'yearly' && (
                      <Col xs={24} sm={8}>
                        <Form.Item label="Tháng đến hạn" name="recurrenceMonth">
                          <InputNumber min={1} max={12} precision={0} placeholder="Tháng 12" style={{ width: '100%' }} />
                        </Form.Item>
                      </Col>
                    )}
                    <Col xs={24} sm={recurrence === 'yearly' ? 8 : 12}>
                      <Form.Item label="Kết thúc" name="recurrenceEndsOn">
                        <DatePicker format={DISPLAY_DATE_FORMAT} style={{ width: '100%' }} placeholder="Đến khi dừng" />
                      </Form.Item>
                    </Col>
                  </Row>
                );
              }}
            </Form.Item>
            <Form.Item label="Lý do bổ sung" name="reason">
              <Input maxLength={2000} />
            </Form.Item>
          </>
        )}
      </FormDialog>
    </>
  );
}

/** The buttons of one task's row in edit mode. */
export function TaskCorrectionButtons({ task, onOpen }: { task: Task; onOpen(dialog: TaskCorrectionDialog): void }) {
  if (!correctable(task)) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Flex gap={4} wrap>
      <Button size="small" onClick={() => onOpen({ kind: 'edit', task })} aria-label={`Sửa nhiệm vụ của ${task.leadUnit.name}`}>
        Sửa
      </Button>
      <Button size="small" danger onClick={() => onOpen({ kind: 'withdraw', task })} aria-label={`Hủy nhiệm vụ của ${task.leadUnit.name}`}>
        Hủy
      </Button>
    </Flex>
  );
}
