import BarChartOutlined from '@ant-design/icons/es/icons/BarChartOutlined';
import FileTextOutlined from '@ant-design/icons/es/icons/FileTextOutlined';
import KeyOutlined from '@ant-design/icons/es/icons/KeyOutlined';
import LogoutOutlined from '@ant-design/icons/es/icons/LogoutOutlined';
import MenuFoldOutlined from '@ant-design/icons/es/icons/MenuFoldOutlined';
import MenuOutlined from '@ant-design/icons/es/icons/MenuOutlined';
import MenuUnfoldOutlined from '@ant-design/icons/es/icons/MenuUnfoldOutlined';
import ScheduleOutlined from '@ant-design/icons/es/icons/ScheduleOutlined';
import SettingOutlined from '@ant-design/icons/es/icons/SettingOutlined';
import UserOutlined from '@ant-design/icons/es/icons/UserOutlined';
import AntApp from 'antd/es/app';
import Button from 'antd/es/button';
import Drawer from 'antd/es/drawer';
import Flex from 'antd/es/flex';
import Grid from 'antd/es/grid';
import Layout from 'antd/es/layout';
import Menu from 'antd/es/menu';
import Typography from 'antd/es/typography';
import type { MenuProps } from 'antd/es/menu';
import { Suspense, useState } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { PageLoading } from '../components/PageLoading';
import { ChangePasswordDialog } from './ChangePasswordDialog';
import { useCurrentUser, useAuth } from '../auth/AuthContext';
import { ROLE_LABEL } from '../lib/labels';
import { canSeeDashboard, isAdmin } from '../lib/roles';

const SIDER_WIDTH = 220;

function menuItems(role: Parameters<typeof canSeeDashboard>[0]): NonNullable<MenuProps['items']> {
  const items: NonNullable<MenuProps['items']> = [
    { key: '/tasks', icon: <ScheduleOutlined />, label: <Link to="/tasks">Nhiệm vụ</Link> },
    { key: '/directives', icon: <FileTextOutlined />, label: <Link to="/directives">Văn bản chỉ đạo</Link> },
  ];
  if (canSeeDashboard(role)) items.push({ key: '/dashboard', icon: <BarChartOutlined />, label: <Link to="/dashboard">Tổng hợp</Link> });
  if (isAdmin(role)) items.push({ key: '/admin', icon: <SettingOutlined />, label: <Link to="/admin">Quản trị</Link> });
  return items;
}

function UserCard({ compact }: { compact?: boolean }) {
  const user = useCurrentUser();
  return (
    <div style={{ minWidth: 0, lineHeight: 1.3, textAlign: compact ? 'right' : 'left' }}>
      <Typography.Text strong ellipsis style={{ display: 'block', maxWidth: compact ? 280 : undefined }}>
        <UserOutlined style={{ marginRight: 6 }} />
        {user.name}
      </Typography.Text>
      <Typography.Text type="secondary" ellipsis style={{ display: 'block', fontSize: 12, maxWidth: compact ? 280 : undefined }}>
        {user.unit?.name ?? ROLE_LABEL[user.role]}
      </Typography.Text>
    </div>
  );
}

export default function AppLayout() {
  const user = useCurrentUser();
  const { logout } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const screens = Grid.useBreakpoint();
  // Before the first measurement useBreakpoint is empty; treat that as a phone to avoid a flash of the sider.
  const isDesktop = screens.md === true;
  const [collapsed, setCollapsed] = useState(false);
  const [drawerOpen, setDrawerOpen] = useState(false);
  const [changingPassword, setChangingPassword] = useState(false);

  const selected = `/${location.pathname.split('/')[1] ?? ''}`;
  const items = menuItems(user.role);
  const signOut = async () => {
    await logout();
    await navigate('/login', { replace: true });
  };

  const brand = (
    <Link to="/" style={{ color: 'inherit' }}>
      <Typography.Title level={4} style={{ margin: 0, color: '#1d4ed8', whiteSpace: 'nowrap' }}>
        {collapsed && isDesktop ? 'ĐĐ' : 'Đôn đốc'}
      </Typography.Title>
    </Link>
  );

  // antd's App gives the screens message and modal hooks; it lives here so the sign-in page need not load them.
  return (
    <AntApp component={false}>
      <Layout style={{ minHeight: '100vh' }}>
        {isDesktop && (
          <Layout.Sider
            theme="light"
            width={SIDER_WIDTH}
            collapsible
            collapsed={collapsed}
            trigger={null}
            style={{ borderRight: '1px solid #f0f0f0', position: 'sticky', top: 0, height: '100vh' }}
          >
            <div style={{ height: 64, display: 'flex', alignItems: 'center', justifyContent: 'center' }}>{brand}</div>
            <Menu mode="inline" selectedKeys={[selected]} items={items} style={{ borderInlineEnd: 0 }} />
          </Layout.Sider>
        )}
        <Layout>
          <Layout.Header
            style={{
              background: '#fff',
              padding: isDesktop ? '0 24px' : '0 12px',
              borderBottom: '1px solid #f0f0f0',
              position: 'sticky',
              top: 0,
              zIndex: 10,
              height: 64,
            }}
          >
            <Flex align="center" justify="space-between" gap={12} style={{ height: '100%' }}>
              <Flex align="center" gap={8}>
                {isDesktop ? (
                  <Button
                    type="text"
                    aria-label={collapsed ? 'Mở rộng menu' : 'Thu gọn menu'}
                    icon={collapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
                    onClick={() => setCollapsed((c) => !c)}
                  />
                ) : (
                  <>
                    <Button type="text" aria-label="Mở menu" icon={<MenuOutlined />} onClick={() => setDrawerOpen(true)} />
                    {brand}
                  </>
                )}
              </Flex>
              <Flex align="center" gap={12} style={{ minWidth: 0 }}>
                {isDesktop && <UserCard compact />}
                <Button icon={<KeyOutlined />} onClick={() => setChangingPassword(true)} aria-label="Đổi mật khẩu">
                  {isDesktop ? 'Đổi mật khẩu' : null}
                </Button>
                <Button icon={<LogoutOutlined />} onClick={signOut} aria-label="Đăng xuất">
                  {isDesktop ? 'Đăng xuất' : null}
                </Button>
              </Flex>
            </Flex>
          </Layout.Header>
          <Layout.Content style={{ padding: isDesktop ? 24 : 12, minWidth: 0 }}>
            <Suspense fallback={<PageLoading />}>
              <Outlet />
            </Suspense>
          </Layout.Content>
        </Layout>
        {!isDesktop && (
          <Drawer placement="left" open={drawerOpen} onClose={() => setDrawerOpen(false)} size={280} title={<UserCard />} styles={{ body: { padding: 0 } }}>
            <Menu mode="inline" selectedKeys={[selected]} items={items} onClick={() => setDrawerOpen(false)} style={{ borderInlineEnd: 0 }} />
            <div style={{ padding: 16 }}>
              <Button block icon={<LogoutOutlined />} onClick={signOut}>
                Đăng xuất
              </Button>
            </div>
          </Drawer>
        )}
        <ChangePasswordDialog open={changingPassword} onClose={() => setChangingPassword(false)} />
      </Layout>
    </AntApp>
  );
}
