import Grid from 'antd/es/grid';
import Select from 'antd/es/select';
import Tabs from 'antd/es/tabs';
import type { ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { RequireRole } from '../../components/RequireRole';
import { AuditTab } from './AuditTab';
import { FailedMailTab } from './FailedMailTab';
import { HolidaysTab } from './HolidaysTab';
import { MailCatcherTab } from './MailCatcherTab';
import { QueuesTab } from './QueuesTab';
import { ReminderPolicyTab } from './ReminderPolicyTab';
import { UnitsTab } from './UnitsTab';
import { UsersTab } from './UsersTab';

interface AdminTab {
  key: string;
  label: string;
  children: ReactNode;
}

/** The first is shown when the address names none. */
const TABS: [AdminTab, ...AdminTab[]] = [
  { key: 'units', label: 'Đơn vị', children: <UnitsTab /> },
  { key: 'users', label: 'Người dùng', children: <UsersTab /> },
  { key: 'holidays', label: 'Lịch nghỉ', children: <HolidaysTab /> },
  { key: 'policy', label: 'Chính sách nhắc việc', children: <ReminderPolicyTab /> },
  { key: 'failed', label: 'Thư lỗi', children: <FailedMailTab /> },
  { key: 'mail', label: 'Hộp thư thử', children: <MailCatcherTab /> },
  { key: 'queues', label: 'Hàng đợi', children: <QueuesTab /> },
  { key: 'audit', label: 'Nhật ký thay đổi', children: <AuditTab /> },
];

export default function AdminPage() {
  const [params, setParams] = useSearchParams();
  const isPhone = !Grid.useBreakpoint().md;
  const active = TABS.find((t) => t.key === params.get('tab')) ?? TABS[0];
  const open = (tab: string) => setParams({ tab }, { replace: true });
  return (
    <RequireRole roles={['admin']} title={[active.label, 'Quản trị']}>
      <PageHeader title="Quản trị" />
      {isPhone ? (
        // Eight tabs overflow a phone, and antd then puts its "more" button inside the tab list,
        // where assistive technology expects tabs only: a phone picks the section from a list.
        <>
          <Select
            aria-label="Mục quản trị"
            value={active.key}
            onChange={open}
            options={TABS.map(({ key, label }) => ({ value: key, label }))}
            style={{ width: '100%', marginBottom: 16 }}
          />
          {active.children}
        </>
      ) : (
        <Tabs activeKey={active.key} onChange={open} items={TABS} destroyOnHidden />
      )}
    </RequireRole>
  );
}
