import EditOutlined from '@ant-design/icons/es/icons/EditOutlined';
import KeyOutlined from '@ant-design/icons/es/icons/KeyOutlined';
import UserAddOutlined from '@ant-design/icons/es/icons/UserAddOutlined';
import { useQueryClient } from '@tanstack/react-query';
import App from 'antd/es/app';
import Button from 'antd/es/button';
import Flex from 'antd/es/flex';
import Form from 'antd/es/form';
import Input from 'antd/es/input';
import Select from 'antd/es/select';
import Switch from 'antd/es/switch';
import Table from 'antd/es/table';
import Tag from 'antd/es/tag';
import Tooltip from 'antd/es/tooltip';
import { useMemo, useState } from 'react';
import { usersApi } from '../../api/endpoints';
import { useUnits, useUsers } from '../../api/hooks';
import type { Id, Role, User } from '../../api/types';
import { ErrorState } from '../../components/ErrorState';
import { FormDialog } from '../../components/FormDialog';
import { UnitSelect } from '../../components/UnitSelect';
import { describeError } from '../../lib/apiError';
import { ROLE_LABEL, ROLE_ORDER } from '../../lib/labels';
import { passwordRules } from '../../lib/password';
import { matchesUnaccented } from '../../lib/vietnamese';

interface UserForm {
  email: string;
  name: string;
  role: Role;
  title?: string;
  unitId?: string;
  password?: string;
  active?: boolean;
}

const ROLE_OPTIONS = ROLE_ORDER.map((r) => ({ value: r, label: ROLE_LABEL[r] }));

export function UsersTab() {
  const { data: users = [], error, isLoading, refetch } = useUsers();
  const { data: units = [] } = useUnits();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [editing, setEditing] = useState<User | 'new' | null>(null);
  const [resetting, setResetting] = useState<User | null>(null);
  const [query, setQuery] = useState('');
  const [role, setRole] = useState<Role | undefined>();

  const unitNames = useMemo(() => new Map(units.map((u) => [String(u.id), u.name])), [units]);
  const unitName = (id: Id | null) => (id === null ? '' : (unitNames.get(String(id)) ?? ''));
  const rows = users.filter((u) => (!role || u.role === role) && matchesUnaccented(query, u.name, u.email, u.title, unitName(u.unitId)));

  if (error) return <ErrorState error={error} onRetry={() => refetch()} />;

  const refresh = () => queryClient.invalidateQueries({ queryKey: ['users'] });
  const run = async (write: () => Promise<unknown>, done: string, close: () => void) => {
    try {
      await write();
      message.success(done);
      close();
      await refresh();
    } catch (error) {
      message.error(describeError(error));
      throw error;
    }
  };

  const save = (values: UserForm) => {
    const input = { name: values.name.trim(), role: values.role, title: values.title?.trim() || null, unitId: values.unitId ?? null };
    if (editing === 'new')
      return run(
        () => usersApi.create({ ...input, email: values.email.trim(), password: values.password ?? '' }),
        'Đã tạo người dùng.',
        () => setEditing(null),
      );
    if (editing)
      return run(
        () => usersApi.update(editing.id, { ...input, active: values.active }),
        'Đã lưu.',
        () => setEditing(null),
      );
    return Promise.resolve();
  };

  return (
    <>
      <Flex gap={8} wrap justify="space-between" style={{ marginBottom: 12 }}>
        <Flex gap={8} wrap>
          <Input.Search
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            allowClear
            placeholder="Tìm theo tên, email, đơn vị"
            aria-label="Tìm người dùng"
            style={{ width: 280 }}
          />
          <Select value={role} onChange={setRole} allowClear placeholder="Vai trò" aria-label="Vai trò" options={ROLE_OPTIONS} style={{ width: 200 }} />
        </Flex>
        <Button type="primary" icon={<UserAddOutlined />} onClick={() => setEditing('new')}>
          Thêm người dùng
        </Button>
      </Flex>
      <Table<User>
        rowKey={(u) => String(u.id)}
        loading={isLoading}
        dataSource={rows}
        size="small"
        scroll={{ x: 900 }}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        columns={[
          { title: 'Họ tên', dataIndex: 'name', key: 'name' },
          { title: 'Email', dataIndex: 'email', key: 'email' },
          { title: 'Vai trò', key: 'role', width: 180, render: (_, u) => ROLE_LABEL[u.role] ?? u.role },
          { title: 'Chức danh', dataIndex: 'title', key: 'title' },
          { title: 'Đơn vị', key: 'unit', render: (_, u) => unitName(u.unitId) },
          {
            title: 'Trạng thái',
            key: 'active',
            width: 120,
            render: (_, u) => (u.active === false ? <Tag>Đã khóa</Tag> : <Tag color="green">Hoạt động</Tag>),
          },
          {
            title: '',
            key: 'actions',
            width: 100,
            render: (_, user) => (
              <Flex gap={4}>
                <Tooltip title="Sửa">
                  <Button type="text" icon={<EditOutlined />} aria-label={`Sửa ${user.name}`} onClick={() => setEditing(user)} />
                </Tooltip>
                <Tooltip title="Đặt lại mật khẩu">
                  <Button type="text" icon={<KeyOutlined />} aria-label={`Đặt lại mật khẩu ${user.name}`} onClick={() => setResetting(user)} />
                </Tooltip>
              </Flex>
            ),
          },
        ]}
      />
      <FormDialog<UserForm>
        open={editing !== null}
        title={editing === 'new' ? 'Thêm người dùng' : 'Sửa người dùng'}
        okText="Lưu"
        initialValues={
          editing && editing !== 'new'
            ? {
                email: editing.email,
                name: editing.name,
                role: editing.role,
                title: editing.title ?? undefined,
                unitId: editing.unitId ?? undefined,
                active: editing.active !== false,
              }
            : { role: 'unit_staff' }
        }
        onCancel={() => setEditing(null)}
        onSubmit={save}
      >
        <Form.Item label="Họ tên" name="name" rules={[{ required: true, whitespace: true, message: 'Vui lòng nhập họ tên.' }]}>
          <Input />
        </Form.Item>
        {/* The email is the account's sign-in name: it is chosen when the account is made and stays. */}
        <Form.Item
          label="Email"
          name="email"
          rules={[{ required: true, type: 'email', message: 'Email không hợp lệ.' }]}
          extra={editing === 'new' ? undefined : 'Email là tên đăng nhập, không thay đổi được.'}
        >
          <Input autoComplete="off" disabled={editing !== 'new'} />
        </Form.Item>
        <Form.Item label="Vai trò" name="role" rules={[{ required: true }]}>
          <Select options={ROLE_OPTIONS} />
        </Form.Item>
        <Form.Item label="Chức danh" name="title" extra="Như văn bản ghi, ví dụ: Phó Chủ tịch UBND huyện.">
          <Input maxLength={255} />
        </Form.Item>
        <Form.Item label="Đơn vị" name="unitId">
          <UnitSelect />
        </Form.Item>
        {editing === 'new' ? (
          <Form.Item label="Mật khẩu" name="password" rules={passwordRules}>
            <Input.Password autoComplete="new-password" />
          </Form.Item>
        ) : (
          <Form.Item label="Đang hoạt động" name="active" valuePropName="checked">
            <Switch />
          </Form.Item>
        )}
      </FormDialog>
      <FormDialog<{ password: string }>
        open={resetting !== null}
        title={`Đặt lại mật khẩu: ${resetting?.name ?? ''}`}
        okText="Đặt lại"
        onCancel={() => setResetting(null)}
        onSubmit={(values) =>
          resetting
            ? run(
                () => usersApi.update(resetting.id, { password: values.password ?? '' }),
                'Đã đặt lại mật khẩu.',
                () => setResetting(null),
              )
            : Promise.resolve()
        }
      >
        <Form.Item label="Mật khẩu mới" name="password" rules={passwordRules}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </FormDialog>
    </>
  );
}
