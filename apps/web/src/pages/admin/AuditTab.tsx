import { useQuery } from '@tanstack/react-query';
import DatePicker from 'antd/es/date-picker';
import Empty from 'antd/es/empty';
import Flex from 'antd/es/flex';
import Input from 'antd/es/input';
import Select from 'antd/es/select';
import Table from 'antd/es/table';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { adminApi, usersApi } from '../../api/endpoints';
import type { AuditEntry } from '../../api/types';
import { ErrorState } from '../../components/ErrorState';
import { ScrollRegion } from '../../components/ScrollRegion';
import { AUDIT_ENTITIES, auditActionLabel, changedFields } from '../../lib/auditLabels';
import { DISPLAY_DATE_FORMAT, formatDateTime } from '../../lib/dates';

const PAGE_SIZE = 50;

/** Who changed what and when: the audit trail, filtered by kind of record, record, person and days. */
export function AuditTab() {
  const [page, setPage] = useState(1);
  const [entity, setEntity] = useState<string | undefined>();
  const [entityId, setEntityId] = useState('');
  const [actorId, setActorId] = useState<string | undefined>();
  const [days, setDays] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const query = {
    page,
    pageSize: PAGE_SIZE,
    entity,
    entityId: entityId.trim() || undefined,
    actorId,
    from: days?.[0]?.format('YYYY-MM-DD'),
    to: days?.[1]?.format('YYYY-MM-DD'),
  };
  const { data, error, isLoading, refetch } = useQuery({ queryKey: ['audit-log', query], queryFn: () => adminApi.auditLog(query) });
  const { data: users = [] } = useQuery({ queryKey: ['users', 'all'], queryFn: () => usersApi.list() });
  const filter =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      setPage(1);
    };

  return (
    <>
      <Flex gap={8} wrap style={{ marginBottom: 12 }}>
        <Select
          allowClear
          placeholder="Loại bản ghi"
          aria-label="Loại bản ghi"
          style={{ minWidth: 200 }}
          value={entity}
          onChange={filter(setEntity)}
          options={AUDIT_ENTITIES}
        />
        <Input
          allowClear
          placeholder="Mã bản ghi (ví dụ mã nhiệm vụ)"
          aria-label="Mã bản ghi"
          style={{ maxWidth: 300 }}
          value={entityId}
          onChange={(e) => filter(setEntityId)(e.target.value)}
        />
        <Select
          allowClear
          showSearch
          optionFilterProp="label"
          placeholder="Người thực hiện"
          aria-label="Người thực hiện"
          style={{ minWidth: 240 }}
          value={actorId}
          onChange={filter(setActorId)}
          options={users.map((u) => ({ value: String(u.id), label: `${u.name} (${u.email})` }))}
        />
        <DatePicker.RangePicker format={DISPLAY_DATE_FORMAT} placeholder={['Từ ngày', 'Đến ngày']} value={days} onChange={(v) => filter(setDays)(v)} />
      </Flex>
      {error ? (
        <ErrorState error={error} onRetry={() => refetch()} />
      ) : (
        <ScrollRegion label="Nhật ký thay đổi" minWidth={900}>
          <Table<AuditEntry>
            rowKey="id"
            loading={isLoading}
            dataSource={data?.items ?? []}
            size="small"
            locale={{ emptyText: <Empty description="Không có thay đổi nào" /> }}
            pagination={{ current: page, pageSize: PAGE_SIZE, total: data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
            columns={[
              { title: 'Lúc', key: 'at', width: 150, render: (_, e) => formatDateTime(e.createdAt) },
              { title: 'Người thực hiện', key: 'actor', render: (_, e) => (e.actor ? `${e.actor.name} (${e.actor.email})` : 'Hệ thống') },
              { title: 'Thao tác', key: 'action', render: (_, e) => auditActionLabel(e.action) },
              {
                title: 'Bản ghi',
                key: 'entity',
                render: (_, e) => `${AUDIT_ENTITIES.find((x) => x.value === e.entity)?.label ?? e.entity}${e.entityId ? ` ${e.entityId}` : ''}`,
              },
              { title: 'Trường thay đổi', key: 'fields', render: (_, e) => changedFields(e.before, e.after).join(', ') },
            ]}
          />
        </ScrollRegion>
      )}
    </>
  );
}
