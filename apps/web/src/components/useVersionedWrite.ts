import { useQueryClient, type QueryKey } from '@tanstack/react-query';
import App from 'antd/es/app';
import { describeError, isApiError } from '../lib/apiError';

/**
 * Runs a write that carries the record's version. On success it says so; when someone else saved
 * first (409) it says why the write was refused; either way the queries in `refresh` are loaded
 * again, so the person sees the record as it now is. The error is thrown on for a dialog to stay open.
 */
export function useVersionedWrite(conflict: { title: string; content?: string }, refresh: QueryKey[]) {
  const queryClient = useQueryClient();
  const { message, modal } = App.useApp();
  return async (write: () => Promise<unknown>, done: string) => {
    try {
      await write();
      message.success(done);
    } catch (error) {
      if (isApiError(error, 409)) modal.warning({ title: conflict.title, content: conflict.content ?? error.message, okText: 'Đã hiểu' });
      else message.error(describeError(error));
      throw error;
    } finally {
      await Promise.all(refresh.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
    }
  };
}
