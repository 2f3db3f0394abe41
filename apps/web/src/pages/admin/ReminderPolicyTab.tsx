import SaveOutlined from '@ant-design/icons/es/icons/SaveOutlined';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import Alert from 'antd/es/alert';
import App from 'antd/es/app';
import Button from 'antd/es/button';
import Card from 'antd/es/card';
import Flex from 'antd/es/flex';
import Input from 'antd/es/input';
import InputNumber from 'antd/es/input-number';
import Select from 'antd/es/select';
import Switch from 'antd/es/switch';
import Typography from 'antd/es/typography';
import { useEffect, useState, type ReactNode } from 'react';
import { adminApi } from '../../api/endpoints';
import type { ReminderPolicy, ReminderPolicyView } from '../../api/types';
import { ErrorState } from '../../components/ErrorState';
import { PageLoading } from '../../components/PageLoading';
import { describeError } from '../../lib/apiError';
import { formatDateTime } from '../../lib/dates';

/** What the API takes back: the policy without the two fields it only reports. */
function editable({ effectiveWindow: _window, updatedAt: _updatedAt, ...policy }: ReminderPolicyView): ReminderPolicy {
  return policy;
}

type NumberField = 'dueSoonWorkingDays' | 'overdueAfter' | 'overdueRepeatEvery' | 'escalateAfter' | 'escalateRepeatEvery' | 'chairmanAfter';
type SwitchField = 'dueDay' | 'notifyClerk' | 'weeklySummary' | 'clerkDecidesWork';

const NUMBER_FIELDS: { key: NumberField; label: string; min: number }[] = [
  { key: 'dueSoonWorkingDays', label: 'Tính là “sắp đến hạn” khi còn (ngày làm việc)', min: 1 },
  { key: 'overdueAfter', label: 'Báo quá hạn lần đầu, sau hạn (ngày làm việc)', min: 1 },
  { key: 'overdueRepeatEvery', label: 'Nhắc lại khi quá hạn, mỗi (ngày làm việc; 0: không nhắc lại)', min: 0 },
  { key: 'escalateAfter', label: 'Báo lãnh đạo phụ trách khi quá hạn (ngày làm việc; 0: không báo)', min: 0 },
  { key: 'escalateRepeatEvery', label: 'Nhắc lại lãnh đạo, mỗi (ngày làm việc; 0: không nhắc lại)', min: 0 },
  { key: 'chairmanAfter', label: 'Báo Chủ tịch khi quá hạn (ngày làm việc; 0: không báo)', min: 0 },
];

const SWITCH_FIELDS: { key: SwitchField; label: string }[] = [
  { key: 'dueDay', label: 'Nhắc vào sáng ngày đến hạn' },
  { key: 'notifyClerk', label: 'Báo chuyên viên theo dõi ở lần báo quá hạn đầu tiên' },
  { key: 'weeklySummary', label: 'Gửi tổng hợp tuần cho lãnh đạo' },
  { key: 'clerkDecidesWork', label: 'Chuyên viên theo dõi được chấp nhận hoặc trả lại kết quả thay lãnh đạo phụ trách' },
];

/** The send window's value for "no window": the API's word, never shown; the screen offers a switch. */
const SEND_AT_ONCE = 'any';

/** One setting: its label, tied to the control `id` names so that clicking or reading the label reaches it. */
function Field({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <Flex gap={12} wrap align="center" style={{ marginBottom: 16 }}>
      <label htmlFor={id} style={{ width: 360, maxWidth: '100%', fontWeight: 500 }}>
        {label}
      </label>
      <div style={{ flex: 1, minWidth: 200 }}>{children}</div>
    </Flex>
  );
}

export function ReminderPolicyTab() {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const { data, error, isLoading, refetch } = useQuery({ queryKey: ['reminder-policy'], queryFn: adminApi.reminderPolicy });
  const [policy, setPolicy] = useState<ReminderPolicy | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (data) setPolicy(editable(data));
  }, [data]);

  if (error) return <ErrorState error={error} onRetry={() => refetch()} />;
  if (isLoading || !data || !policy) return <PageLoading />;
  const sendAtOnce = policy.sendWindow === SEND_AT_ONCE;

  const save = async () => {
    setSaving(true);
    try {
      queryClient.setQueryData(['reminder-policy'], await adminApi.saveReminderPolicy(policy));
      message.success('Đã lưu chính sách nhắc việc. Kế hoạch nhắc của các nhiệm vụ sẽ tính lại theo chính sách mới.');
    } catch (error) {
      message.error(describeError(error));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Card>
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title="Các mốc tính bằng ngày làm việc (bỏ thứ Bảy, Chủ nhật và ngày nghỉ trong Lịch nghỉ)." />
      <Field id="policy-beforeDays" label="Nhắc trước hạn (số ngày làm việc, tối đa 5 mốc)">
        <Select
          id="policy-beforeDays"
          mode="tags"
          value={policy.beforeDays.map(String)}
          onChange={(values: string[]) =>
            setPolicy({
              ...policy,
              beforeDays: values
                .map(Number)
                .filter((n) => Number.isInteger(n) && n > 0)
                .sort((a, b) => b - a),
            })
          }
          tokenSeparators={[',', ' ']}
          open={false}
          suffixIcon={null}
          style={{ minWidth: 240 }}
        />
      </Field>
      {NUMBER_FIELDS.map(({ key, label, min }) => (
        <Field key={key} id={`policy-${key}`} label={label}>
          <InputNumber
            id={`policy-${key}`}
            min={min}
            precision={0}
            value={policy[key]}
            onChange={(v) => setPolicy({ ...policy, [key]: v ?? min })}
            style={{ width: 160 }}
          />
        </Field>
      ))}
      {SWITCH_FIELDS.map(({ key, label }) => (
        <Field key={key} id={`policy-${key}`} label={label}>
          <Switch id={`policy-${key}`} checked={policy[key]} onChange={(checked) => setPolicy({ ...policy, [key]: checked })} />
        </Field>
      ))}
      <Field id="policy-sendAtOnce" label="Gửi thư ngay khi đến mốc, không chờ khung giờ buổi sáng">
        <Switch id="policy-sendAtOnce" checked={sendAtOnce} onChange={(checked) => setPolicy({ ...policy, sendWindow: checked ? SEND_AT_ONCE : null })} />
      </Field>
      <Field
        id="policy-urgentEventsAtOnce"
        label="Gửi ngay thư báo trả lại kết quả và từ chối gia hạn, không chờ khung giờ buổi sáng (các thư báo khác gửi trong khung giờ)"
      >
        <Switch
          id="policy-urgentEventsAtOnce"
          checked={sendAtOnce || policy.urgentEventsAtOnce !== false}
          disabled={sendAtOnce}
          onChange={(checked) => setPolicy({ ...policy, urgentEventsAtOnce: checked })}
        />
      </Field>
      <Field id="policy-sendWindow" label="Giờ gửi thư buổi sáng (HH:mm; để trống: theo cấu hình máy chủ)">
        <Input
          id="policy-sendWindow"
          value={sendAtOnce ? '' : (policy.sendWindow ?? '')}
          disabled={sendAtOnce}
          placeholder={data.effectiveWindow === SEND_AT_ONCE ? undefined : data.effectiveWindow}
          onChange={(e) => setPolicy({ ...policy, sendWindow: e.target.value.trim() || null })}
          style={{ maxWidth: 200 }}
        />
      </Field>
      <Field
        id="policy-sendWindowEnd"
        label="Giờ đóng khung gửi thư (HH:mm; thư chưa gửi được trước giờ này chờ sáng ngày làm việc tiếp theo; để trống: đến hết ngày)"
      >
        <Input
          id="policy-sendWindowEnd"
          value={policy.sendWindowEnd ?? ''}
          placeholder="11:30"
          onChange={(e) => setPolicy({ ...policy, sendWindowEnd: e.target.value.trim() || null })}
          style={{ maxWidth: 200 }}
        />
      </Field>
      <Typography.Paragraph type="secondary">
        Đang gửi theo khung giờ: {data.effectiveWindow === SEND_AT_ONCE ? 'gửi ngay khi đến mốc' : data.effectiveWindow}.{' '}
        {data.updatedAt ? `Lưu lần cuối: ${formatDateTime(data.updatedAt)}.` : 'Đang dùng chính sách mặc định.'}
      </Typography.Paragraph>
      <Flex gap={8}>
        <Button type="primary" icon={<SaveOutlined />} onClick={save} loading={saving}>
          Lưu
        </Button>
        <Button onClick={() => setPolicy(editable(data))}>Hoàn tác</Button>
      </Flex>
    </Card>
  );
}
