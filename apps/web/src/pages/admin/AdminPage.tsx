import Tabs from 'antd/es/tabs';
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

const TABS = [
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
  const active = TABS.find((t) => t.key === params.get('tab')) ?? TABS[0];
  return (
    <RequireRole roles={['admin']} title={[active.label, 'Quản trị']}>
      <PageHeader title="Quản trị" />
      <Tabs activeKey={active.key} onChange={(tab) => setParams({ tab }, { replace: true })} items={TABS} destroyOnHidden />
    </RequireRole>
  );
}
