import Button from 'antd/es/button';
import { lazy, Suspense, type ReactNode } from 'react';
import { createBrowserRouter, RouterProvider, useRouteError } from 'react-router';
import { HomeRedirect, RequireAuth } from './auth/RequireAuth';
import { PageLoading } from './components/PageLoading';
import { usePageTitle } from './components/usePageTitle';
import { TEXT_COLOR } from './theme';

const LoginPage = lazy(() => import('./pages/login/LoginPage'));
const AppLayout = lazy(() => import('./layout/AppLayout'));
const TaskListPage = lazy(() => import('./pages/tasks/TaskListPage'));
const TaskDetailPage = lazy(() => import('./pages/tasks/TaskDetailPage'));
const DirectiveListPage = lazy(() => import('./pages/directives/DirectiveListPage'));
const NewDirectivePage = lazy(() => import('./pages/directives/NewDirectivePage'));
const DirectiveDetailPage = lazy(() => import('./pages/directives/DirectiveDetailPage'));
const DashboardPage = lazy(() => import('./pages/dashboard/DashboardPage'));
const AdminPage = lazy(() => import('./pages/admin/AdminPage'));
const NotFoundPage = lazy(() => import('./pages/NotFoundPage'));

function Lazy({ children }: { children: ReactNode }) {
  return <Suspense fallback={<PageLoading />}>{children}</Suspense>;
}

/** Shown when a screen throws, most often because a new release replaced the old code chunks. */
function RouteError() {
  const error = useRouteError();
  const detail = error instanceof Error ? error.message : '';
  usePageTitle('Không hiển thị được trang');
  return (
    <div style={{ maxWidth: 520, margin: '64px auto', padding: 16, textAlign: 'center' }}>
      <h1 style={{ fontSize: 24, fontWeight: 600 }}>Không hiển thị được trang</h1>
      <p style={{ color: TEXT_COLOR.secondary }}>Có thể ứng dụng vừa được cập nhật hoặc mạng bị gián đoạn. Vui lòng tải lại trang.</p>
      {detail && <pre style={{ whiteSpace: 'pre-wrap', fontSize: 12 }}>{detail}</pre>}
      <Button type="primary" onClick={() => window.location.reload()}>
        Tải lại trang
      </Button>
    </div>
  );
}

const router = createBrowserRouter([
  {
    path: '/login',
    element: (
      <Lazy>
        <LoginPage />
      </Lazy>
    ),
    errorElement: <RouteError />,
  },
  {
    path: '/',
    element: (
      <RequireAuth>
        <Lazy>
          <AppLayout />
        </Lazy>
      </RequireAuth>
    ),
    errorElement: <RouteError />,
    children: [
      { index: true, element: <HomeRedirect /> },
      { path: 'tasks', element: <TaskListPage /> },
      { path: 'tasks/:id', element: <TaskDetailPage /> },
      { path: 'directives', element: <DirectiveListPage /> },
      { path: 'directives/new', element: <NewDirectivePage /> },
      { path: 'directives/:id', element: <DirectiveDetailPage /> },
      { path: 'dashboard', element: <DashboardPage /> },
      { path: 'admin', element: <AdminPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

export function App() {
  return <RouterProvider router={router} />;
}
