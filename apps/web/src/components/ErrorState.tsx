import Alert from 'antd/es/alert';
import Button from 'antd/es/button';
import Empty from 'antd/es/empty';
import { describeError, isNotSupported } from '../lib/apiError';

/** A failed load, with a retry; an endpoint the server lacks shows as "not supported" instead. */
export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  if (isNotSupported(error)) return <Empty description="Chưa hỗ trợ" />;
  return (
    <Alert
      type="error"
      showIcon
      title={describeError(error)}
      action={
        onRetry ? (
          <Button size="small" onClick={onRetry}>
            Thử lại
          </Button>
        ) : undefined
      }
    />
  );
}
