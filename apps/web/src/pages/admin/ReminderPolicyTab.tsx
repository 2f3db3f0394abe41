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

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Flex gap={12} wrap align="center" style={{ marginBottom: 16 }}>
      <div style={{ width: 360, maxWidth: '100%', fontWeight: 500 }}>{label}</div>
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

  const save = async () => {
    setSaving(true);
    try {
      queryClient.setQueryData(['reminder-policy'], await adminApi.saveReminderPolicy(policy));
      message.success('Đã lưu chính sách nhắc việc. Kế hoạch nhắc của các nhiệm vụ sẽ tính lại theo chính sách mới.');
    } catch (e) {
      message.error(describeError(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Card>
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title="Các mốc tính bằng ngày làm việc (bỏ thứ Bảy, Chủ nhật và ngày nghỉ trong Lịch nghỉ)."
      />
      <Field label="Nhắc trước hạn (số ngày làm việc, tối đa 5 mốc)">
        <Select
          mode="tags"
          value={policy.beforeDays.map(String)}
          onChange={(values: string[]) =>
            setPolicy({ ...policy, beforeDays: values.map(Number).filter((n) => Number.isInteger(n) && n > 0).sort((a, b) => b - a) })
          }
          tokenSeparators={[',', ' ']}
          open={false}
          suffixIcon={null}
          style={{ minWidth: 240 }}
        />
      </Field>
      {NUMBER_FIELDS.map(({ key, label, min }) => (
        <Field key={key} label={label}>
          <InputNumber min={min} precision={0} value={policy[key]} onChange={(v) => setPolicy({ ...policy, [key]: v ?? min })} style={{ width: 160 }} />
        </Field>
      ))}
      {SWITCH_FIELDS.map(({ key, label }) => (
        <Field key={key} label={label}>
          <Switch checked={policy[key]} onChange={(checked) => setPolicy({ ...policy, [key]: checked })} />
        </Field>
      ))}
      <Field label="Giờ gửi thư buổi sáng (HH:mm, “any”: gửi ngay khi đến mốc; để trống: theo cấu hình máy chủ)">
        <Input
          value={policy.sendWindow ?? ''}
          placeholder={data.effectiveWindow}
          onChange={(e) => setPolicy({ ...policy, sendWindow: e.target.value.trim() || null })}
          style={{ maxWidth: 200 }}
        />
      </Field>
      <Field label="Giờ đóng khung gửi thư (HH:mm; thư chưa gửi được trước giờ này chờ sáng ngày làm việc tiếp theo; để trống: đến hết ngày)">
        <Input
          value={policy.sendWindowEnd ?? ''}
          placeholder="11:30"
          onChange={(e) => setPolicy({ ...policy, sendWindowEnd: e.target.value.trim() || null })}
          style={{ maxWidth: 200 }}
        />
      </Field>
      <Typography.Paragraph type="secondary">
        Đang gửi theo khung giờ: {data.effectiveWindow === 'any' ? 'gửi ngay khi đến mốc' : data.effectiveWindow}.{' '}
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
