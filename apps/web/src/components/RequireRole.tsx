import Button from 'antd/es/button';
import Result from 'antd/es/result';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { Role } from '../api/types';
import { useAuth } from '../auth/AuthContext';
import { homePathForRole } from '../lib/roles';
import { usePageTitle } from './usePageTitle';

/**
 * The API refuses anyway; this only spares the person a screen full of errors. It names the window
 * too (`title`, most specific first), so a refused screen's title says it was refused.
 */
export function RequireRole({ roles, title, children }: { roles: readonly Role[]; title: string | readonly string[]; children: ReactNode }) {
  const { user } = useAuth();
  const allowed = !!user && roles.includes(user.role);
  usePageTitle(...(allowed ? (typeof title === 'string' ? [title] : title) : ['Không có quyền truy cập']));
  if (!allowed) {
    return (
      <Result
        status="403"
        title="Không có quyền truy cập"
        subTitle="Tài khoản của bạn không được xem trang này."
        extra={
          <Link to={homePathForRole(user?.role)}>
            <Button type="primary">Về trang chính</Button>
          </Link>
        }
      />
    );
  }
  return <>{children}</>;
}
