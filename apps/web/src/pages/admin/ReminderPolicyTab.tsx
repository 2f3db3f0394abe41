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
import { useEffect, useState } from 'react';
import { adminApi } from '../../api/endpoints';
import { ErrorState } from '../../components/ErrorState';
import { PageLoading } from '../../components/PageLoading';
import { describeError } from '../../lib/apiError';

type Policy = Record<string, unknown>;

/** Vietnamese labels for the keys the default policy is known to use; other keys show as named. */
const LABELS: Record<string, string> = {
  dueSoonWorkingDays: 'Số ngày làm việc trước hạn coi là “sắp đến hạn”',
  dueSoonDays: 'Số ngày làm việc trước hạn coi là “sắp đến hạn”',
  beforeDeadline: 'Nhắc trước hạn (số ngày làm việc)',
  beforeDeadlineDays: 'Nhắc trước hạn (số ngày làm việc)',
  remindOnDueDate: 'Nhắc vào sáng ngày đến hạn',
  onDueDate: 'Nhắc vào sáng ngày đến hạn',
  overdueRepeatDays: 'Nhắc lại khi quá hạn, mỗi (ngày làm việc)',
  overdueRepeatWorkingDays: 'Nhắc lại khi quá hạn, mỗi (ngày làm việc)',
  escalateAfterDays: 'Báo lãnh đạo phụ trách khi quá hạn (ngày làm việc)',
  escalateAfterWorkingDays: 'Báo lãnh đạo phụ trách khi quá hạn (ngày làm việc)',
  escalationRepeatDays: 'Nhắc lại lãnh đạo, mỗi (ngày làm việc)',
  escalateRepeatWorkingDays: 'Nhắc lại lãnh đạo, mỗi (ngày làm việc)',
  chairmanAfterDays: 'Báo Chủ tịch khi quá hạn (ngày làm việc)',
  chairmanAfterWorkingDays: 'Báo Chủ tịch khi quá hạn (ngày làm việc)',
  sendWindow: 'Giờ gửi thư buổi sáng',
  window: 'Giờ gửi thư buổi sáng',
  weeklySummary: 'Gửi tổng hợp tuần cho lãnh đạo',
  weeklySummaryEnabled: 'Gửi tổng hợp tuần cho lãnh đạo',
  notifyOnPublish: 'Thông báo khi giao việc',
};

const isNumberList = (v: unknown): v is number[] => Array.isArray(v) && v.every((x) => typeof x === 'number');

function FieldEditor({ value, onChange, onJsonError }: { value: unknown; onChange(v: unknown): void; onJsonError(bad: boolean): void }) {
  const [text, setText] = useState(() => JSON.stringify(value, null, 2));
  if (typeof value === 'number') return <InputNumber value={value} onChange={(v) => onChange(v ?? 0)} style={{ width: 160 }} />;
  if (typeof value === 'boolean') return <Switch checked={value} onChange={onChange} />;
  if (typeof value === 'string') return <Input value={value} onChange={(e) => onChange(e.target.value)} style={{ maxWidth: 320 }} />;
  if (isNumberList(value)) {
    return (
      <Select
        mode="tags"
        value={value.map(String)}
        onChange={(vals: string[]) => onChange(vals.map(Number).filter((n) => Number.isFinite(n)).sort((a, b) => b - a))}
        tokenSeparators={[',', ' ']}
        open={false}
        suffixIcon={null}
        style={{ minWidth: 240 }}
      />
    );
  }
  return (
    <Input.TextArea
      value={text}
      autoSize={{ minRows: 3, maxRows: 16 }}
      style={{ fontFamily: 'monospace' }}
      onChange={(e) => {
        setText(e.target.value);
        try {
          onChange(JSON.parse(e.target.value));
          onJsonError(false);
        } catch {
          onJsonError(true);
        }
      }}
    />
  );
}

export function ReminderPolicyTab() {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const { data, error, isLoading, refetch } = useQuery({ queryKey: ['reminder-policy'], queryFn: adminApi.reminderPolicy });
  const [policy, setPolicy] = useState<Policy | null>(null);
  const [badKeys, setBadKeys] = useState<Set<string>>(new Set());
  const [saving, setSaving] = useState(false);
  // Bumped on undo so the JSON text areas drop what was typed into them.
  const [revision, setRevision] = useState(0);

  useEffect(() => {
    if (data) setPolicy(data);
  }, [data]);

  if (error) return <ErrorState error={error} onRetry={() => refetch()} />;
  if (isLoading || !policy) return <PageLoading />;

  const save = async () => {
    setSaving(true);
    try {
      const saved = await adminApi.saveReminderPolicy(policy);
      queryClient.setQueryData(['reminder-policy'], saved ?? policy);
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
        title="Các mốc tính bằng ngày làm việc (bỏ thứ Bảy, Chủ nhật và ngày nghỉ trong Lịch nghỉ). Danh sách số cách nhau bằng dấu phẩy."
      />
      {Object.entries(policy).map(([key, value]) => (
        <Flex key={key} gap={12} wrap align="flex-start" style={{ marginBottom: 16 }}>
          <div style={{ width: 320, maxWidth: '100%', paddingTop: 4 }}>
            <div style={{ fontWeight: 500 }}>{LABELS[key] ?? key}</div>
            {LABELS[key] && <div style={{ fontSize: 12, color: 'rgba(0,0,0,.45)' }}>{key}</div>}
          </div>
          <div style={{ flex: 1, minWidth: 200 }}>
            <FieldEditor
              key={`${key}-${revision}`}
              value={value}
              onChange={(v) => setPolicy({ ...policy, [key]: v })}
              onJsonError={(bad) =>
                setBadKeys((prev) => {
                  const next = new Set(prev);
                  if (bad) next.add(key);
                  else next.delete(key);
                  return next;
                })
              }
            />
          </div>
        </Flex>
      ))}
      {badKeys.size > 0 && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={`JSON chưa hợp lệ ở: ${[...badKeys].join(', ')}`} />}
      <Flex gap={8}>
        <Button type="primary" icon={<SaveOutlined />} onClick={save} loading={saving} disabled={badKeys.size > 0}>
          Lưu
        </Button>
        <Button
          onClick={() => {
            if (!data) return;
            setPolicy(data);
            setBadKeys(new Set());
            setRevision((r) => r + 1);
          }}
        >
          Hoàn tác
        </Button>
      </Flex>
    </Card>
  );
}
