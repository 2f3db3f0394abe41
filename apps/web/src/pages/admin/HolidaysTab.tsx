import DeleteOutlined from '@ant-design/icons/es/icons/DeleteOutlined';
import PlusOutlined from '@ant-design/icons/es/icons/PlusOutlined';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import App from 'antd/es/app';
import Button from 'antd/es/button';
import DatePicker from 'antd/es/date-picker';
import Flex from 'antd/es/flex';
import Form from 'antd/es/form';
import Input from 'antd/es/input';
import InputNumber from 'antd/es/input-number';
import Popconfirm from 'antd/es/popconfirm';
import Select from 'antd/es/select';
import Table from 'antd/es/table';
import Tag from 'antd/es/tag';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { adminApi } from '../../api/endpoints';
import type { CalendarDayKind } from '../../api/types';
import { ErrorState } from '../../components/ErrorState';
import { FormDialog } from '../../components/FormDialog';
import { describeError } from '../../lib/apiError';
import { calendarRows, type CalendarRow } from '../../lib/calendarRows';
import { DISPLAY_DATE_FORMAT, formatDate } from '../../lib/dates';

const WEEKDAYS = ['Chủ nhật', 'Thứ hai', 'Thứ ba', 'Thứ tư', 'Thứ năm', 'Thứ sáu', 'Thứ bảy'];

function weekday(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()] ?? '';
}

export function HolidaysTab() {
  const [year, setYear] = useState(new Date().getFullYear());
  const [adding, setAdding] = useState(false);
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const key = ['holidays', year];
  const { data, error, isLoading, refetch } = useQuery({ queryKey: key, queryFn: () => adminApi.calendar(year) });

  const run = async (write: () => Promise<unknown>, done: string) => {
    try {
      await write();
      message.success(done);
      await queryClient.invalidateQueries({ queryKey: ['holidays'] });
    } catch (e) {
      message.error(describeError(e));
      throw e;
    }
  };

  return (
    <>
      <Flex gap={8} wrap justify="space-between" style={{ marginBottom: 12 }}>
        <Flex gap={8} align="center">
          <span>Năm</span>
          <InputNumber value={year} min={2000} max={2100} onChange={(v) => v && setYear(v)} aria-label="Năm" />
        </Flex>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
          Thêm ngày
        </Button>
      </Flex>
      {error ? (
        <ErrorState error={error} onRetry={() => refetch()} />
      ) : (
        <Table<CalendarRow>
          rowKey="date"
          loading={isLoading}
          dataSource={data ? calendarRows(data) : []}
          size="small"
          pagination={false}
          columns={[
            { title: 'Ngày', key: 'date', width: 130, render: (_, h) => formatDate(h.date) },
            { title: 'Thứ', key: 'weekday', width: 110, render: (_, h) => weekday(h.date) },
            {
              title: 'Loại',
              key: 'kind',
              width: 160,
              render: (_, h) => (h.kind === 'working_day' ? <Tag color="blue">Ngày làm bù</Tag> : <Tag color="red">Ngày nghỉ</Tag>),
            },
            { title: 'Tên', dataIndex: 'name', key: 'name' },
            {
              title: '',
              key: 'actions',
              width: 60,
              render: (_, h) =>
                h.adminSet ? (
                <Popconfirm
                  title="Xóa ngày này khỏi lịch?"
                  okText="Xóa"
                  cancelText="Không"
                  onConfirm={() => run(() => adminApi.removeCalendarDay(h.date), 'Đã xóa.').catch(() => undefined)}
                >
                  <Button type="text" danger icon={<DeleteOutlined />} aria-label={`Xóa ngày ${formatDate(h.date)}`} />
                </Popconfirm>
                ) : null,
            },
          ]}
        />
      )}
      <FormDialog<{ date: Dayjs; kind: CalendarDayKind; name: string }>
        open={adding}
        title="Thêm ngày vào lịch"
        okText="Thêm"
        initialValues={{ kind: 'day_off' }}
        onCancel={() => setAdding(false)}
        onSubmit={(v) =>
          run(() => adminApi.setCalendarDay({ date: v.date.format('YYYY-MM-DD'), kind: v.kind, name: v.name.trim() }), 'Đã thêm.').then(() =>
            setAdding(false),
          )
        }
      >
        <Form.Item label="Ngày" name="date" rules={[{ required: true, message: 'Vui lòng chọn ngày.' }]}>
          <DatePicker format={DISPLAY_DATE_FORMAT} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item label="Loại" name="kind">
          <Select
            options={[
              { value: 'day_off', label: 'Ngày nghỉ (lễ, nghỉ bù)' },
              { value: 'working_day', label: 'Ngày làm việc bù (đổi ngày)' },
            ]}
          />
        </Form.Item>
        <Form.Item label="Tên" name="name" rules={[{ required: true, whitespace: true, message: 'Vui lòng nhập tên ngày.' }]}>
          <Input placeholder="Ví dụ: Nghỉ bù Quốc khánh" />
        </Form.Item>
      </FormDialog>
    </>
  );
}
