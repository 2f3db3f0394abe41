import DeleteOutlined from '@ant-design/icons/es/icons/DeleteOutlined';
import PlusOutlined from '@ant-design/icons/es/icons/PlusOutlined';
import UploadOutlined from '@ant-design/icons/es/icons/UploadOutlined';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import Alert from 'antd/es/alert';
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

const ORIGIN_LABEL: Record<CalendarRow['origin'], string> = {
  official: 'Thông báo chính thức',
  admin: 'Quản trị viên thêm',
  rule: 'Tính theo luật',
};

const IMPORT_EXAMPLE = ['01/01/2027\tTết Dương lịch', '05/02/2027 - 11/02/2027\tTết Nguyên đán', '09/01/2027\tLàm bù cho ngày 04/01'].join('\n');

const WEEKDAYS = ['Chủ nhật', 'Thứ hai', 'Thứ ba', 'Thứ tư', 'Thứ năm', 'Thứ sáu', 'Thứ bảy'];

function weekday(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  if (year === undefined || month === undefined || day === undefined) return '';
  return WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()] ?? '';
}

export function HolidaysTab() {
  const [year, setYear] = useState(new Date().getFullYear());
  const [adding, setAdding] = useState(false);
  const [importing, setImporting] = useState(false);
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const key = ['holidays', year];
  const { data, error, isLoading, refetch } = useQuery({ queryKey: key, queryFn: () => adminApi.calendar(year) });

  const run = async (write: () => Promise<unknown>, done: string) => {
    try {
      await write();
      message.success(done);
      await queryClient.invalidateQueries({ queryKey: ['holidays'] });
    } catch (error) {
      message.error(describeError(error));
      throw error;
    }
  };

  return (
    <>
      <Flex gap={8} wrap justify="space-between" style={{ marginBottom: 12 }}>
        <Flex gap={8} align="center">
          <span>Năm</span>
          <InputNumber value={year} min={2000} max={2100} onChange={(v) => v && setYear(v)} aria-label="Năm" />
        </Flex>
        <Flex gap={8}>
          <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>
            Nhập lịch năm {year}
          </Button>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            Thêm ngày
          </Button>
        </Flex>
      </Flex>
      {data && !data.official && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={`Năm ${year}: chưa có thông báo chính thức`}
          description="Ngày nghỉ dưới đây được tính theo Bộ luật Lao động (ngày lễ, Tết âm lịch và ngày nghỉ bù). Khi Chính phủ công bố lịch nghỉ của năm, hãy nhập lịch đó để thời hạn và nhắc việc tính đúng."
        />
      )}
      {data?.official && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={`Năm ${year}: theo thông báo chính thức`}
          description={
            <>
              {data.sources.map((source) => (
                <div key={`${source.title}${source.url ?? ''}`}>
                  {source.url ? (
                    <a href={source.url} target="_blank" rel="noreferrer">
                      {source.title}
                    </a>
                  ) : (
                    source.title
                  )}
                  {source.covers ? ` (${source.covers})` : ''}
                </div>
              ))}
              {data.missing.map((m) => (
                <div key={m}>Chưa có thông báo: {m}</div>
              ))}
            </>
          }
        />
      )}
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
            { title: 'Nguồn', key: 'origin', width: 170, render: (_, h) => ORIGIN_LABEL[h.origin] },
            {
              title: '',
              key: 'actions',
              width: 60,
              render: (_, row) =>
                row.origin === 'admin' ? (
                  <Popconfirm
                    title="Xóa ngày này khỏi lịch?"
                    okText="Xóa"
                    cancelText="Không"
                    onConfirm={() => run(() => adminApi.removeCalendarDay(row.date), 'Đã xóa.').catch(() => undefined)}
                  >
                    <Button type="text" danger icon={<DeleteOutlined />} aria-label={`Xóa ngày ${formatDate(row.date)}`} />
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
        onSubmit={(values) =>
          run(() => adminApi.setCalendarDay({ date: values.date.format('YYYY-MM-DD'), kind: values.kind, name: values.name.trim() }), 'Đã thêm.').then(() =>
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
      <FormDialog<{ table: string; title: string; url?: string }>
        open={importing}
        title={`Nhập lịch nghỉ chính thức năm ${year}`}
        okText="Nhập"
        onCancel={() => setImporting(false)}
        onSubmit={(values) =>
          run(
            () =>
              adminApi.importCalendarYear(year, {
                table: values.table,
                sources: [{ title: values.title.trim(), url: values.url?.trim() || null, covers: '' }],
              }),
            `Đã nhập lịch năm ${year}.`,
          ).then(() => setImporting(false))
        }
      >
        <Form.Item
          label="Các ngày (mỗi dòng một ngày hoặc một khoảng ngày, rồi tên)"
          name="table"
          extra="Ngày nghỉ: ghi ngày hoặc khoảng ngày (thứ Bảy, Chủ nhật trong khoảng được bỏ qua). Ngày làm bù: tên bắt đầu bằng “Làm bù”. Các ngày chính thức đã có của năm được thay bằng bảng này; ngày do quản trị viên thêm được giữ."
          rules={[{ required: true, whitespace: true, message: 'Vui lòng dán bảng ngày nghỉ.' }]}
        >
          <Input.TextArea rows={8} placeholder={IMPORT_EXAMPLE} />
        </Form.Item>
        <Form.Item label="Văn bản công bố" name="title" rules={[{ required: true, whitespace: true, message: 'Vui lòng ghi văn bản công bố lịch nghỉ.' }]}>
          <Input placeholder="Ví dụ: Thông báo số .../TB-BNV về lịch nghỉ Tết" />
        </Form.Item>
        <Form.Item label="Địa chỉ trang (nếu có)" name="url" rules={[{ type: 'url', message: 'Địa chỉ không hợp lệ.' }]}>
          <Input placeholder="https://..." />
        </Form.Item>
      </FormDialog>
    </>
  );
}
