import LockOutlined from '@ant-design/icons/es/icons/LockOutlined';
import MailOutlined from '@ant-design/icons/es/icons/MailOutlined';
import Alert from 'antd/es/alert';
import Button from 'antd/es/button';
import Input from 'antd/es/input';
import { useState, type FormEvent } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { useAuth } from '../../auth/AuthContext';
import { PageLoading } from '../../components/PageLoading';
import { usePageTitle } from '../../components/usePageTitle';
import { describeError, isApiError } from '../../lib/apiError';
import { homePathForRole, safeRedirectPath } from '../../lib/roles';
import { TEXT_COLOR } from '../../theme';

const EMAIL = /^[^\s@]+@[^\s@]+$/;

/**
 * The first screen anyone loads, so it is built from a few light components (no antd Form or
 * Card) to keep the sign-in bundle small.
 */
export default function LoginPage() {
  const { user, login } = useAuth();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [touched, setTouched] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const next = safeRedirectPath(params.get('next'));
  usePageTitle('Đăng nhập');

  if (user === undefined) return <PageLoading />;
  if (user) return <Navigate to={next ?? homePathForRole(user.role)} replace />;

  const emailProblem = !email.trim() ? 'Vui lòng nhập email.' : !EMAIL.test(email.trim()) ? 'Email không hợp lệ.' : null;
  const passwordProblem = !password ? 'Vui lòng nhập mật khẩu.' : null;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (emailProblem || passwordProblem) return;
    setError(null);
    setSubmitting(true);
    try {
      const signedIn = await login(email.trim(), password);
      await navigate(next ?? homePathForRole(signedIn.role), { replace: true });
    } catch (error) {
      setError(isApiError(error, 401) || isApiError(error, 400) ? 'Email hoặc mật khẩu không đúng.' : describeError(error));
      setSubmitting(false);
    }
  };

  const fieldError = (problem: string | null, id: string) =>
    touched && problem ? (
      <div id={id} role="alert" style={{ color: TEXT_COLOR.red, fontSize: 14, marginTop: 4 }}>
        {problem}
      </div>
    ) : null;

  return (
    <main
      style={{
        minHeight: '100%',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        padding: 16,
        boxSizing: 'border-box',
        background: 'linear-gradient(160deg, #eff6ff 0%, #f8fafc 60%)',
        fontFamily: 'inherit',
      }}
    >
      <section
        style={{
          width: '100%',
          maxWidth: 400,
          background: '#fff',
          borderRadius: 8,
          boxShadow: '0 1px 2px rgba(0,0,0,.06), 0 4px 16px rgba(0,0,0,.06)',
          padding: '32px 24px',
          boxSizing: 'border-box',
        }}
      >
        <header style={{ textAlign: 'center', marginBottom: 24 }}>
          <h1 style={{ margin: '0 0 4px', fontSize: 30, color: '#1d4ed8', fontWeight: 600 }}>Đôn đốc</h1>
          <p style={{ margin: 0, color: TEXT_COLOR.secondary }}>Theo dõi, đôn đốc thực hiện nhiệm vụ được giao</p>
        </header>
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} role="alert" />}
        <form onSubmit={onSubmit} noValidate>
          <div style={{ marginBottom: 20 }}>
            <label htmlFor="login-email" style={{ display: 'block', marginBottom: 8 }}>
              Email
            </label>
            <Input
              id="login-email"
              size="large"
              prefix={<MailOutlined />}
              autoComplete="username"
              inputMode="email"
              autoFocus
              value={email}
              onChange={(e) => setEmail(e.target.value)}
              status={touched && emailProblem ? 'error' : undefined}
              aria-invalid={touched && !!emailProblem}
              aria-describedby={touched && emailProblem ? 'login-email-error' : undefined}
            />
            {fieldError(emailProblem, 'login-email-error')}
          </div>
          <div style={{ marginBottom: 24 }}>
            <label htmlFor="login-password" style={{ display: 'block', marginBottom: 8 }}>
              Mật khẩu
            </label>
            <Input.Password
              id="login-password"
              size="large"
              prefix={<LockOutlined />}
              autoComplete="current-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              status={touched && passwordProblem ? 'error' : undefined}
              aria-invalid={touched && !!passwordProblem}
              aria-describedby={touched && passwordProblem ? 'login-password-error' : undefined}
            />
            {fieldError(passwordProblem, 'login-password-error')}
          </div>
          <Button type="primary" htmlType="submit" size="large" block loading={submitting}>
            Đăng nhập
          </Button>
        </form>
      </section>
    </main>
  );
}
