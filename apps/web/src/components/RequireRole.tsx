import Button from 'antd/es/button';
import Result from 'antd/es/result';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { Role } from '../api/types';
import { useAuth } from '../auth/AuthContext';
import { homePathForRole } from '../lib/roles';

/** The API refuses anyway; this only spares the person a screen full of errors. */
export function RequireRole({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const { user } = useAuth();
  if (!user || !roles.includes(user.role)) {
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
