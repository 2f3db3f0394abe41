import App from 'antd/es/app';
import { useCallback, useEffect, useRef } from 'react';
import { useBlocker } from 'react-router';

const CONFIRM = {
  title: 'Bỏ các chỉnh sửa chưa lưu?',
  content: 'Văn bản đang kiểm tra có chỉnh sửa chưa lưu nháp. Nếu rời đi, các chỉnh sửa này sẽ mất.',
  okText: 'Bỏ chỉnh sửa',
  cancelText: 'Ở lại',
  okButtonProps: { danger: true },
};

/** Asks before unsaved work is thrown away by the screen itself (starting over on another notice). */
export function useConfirmDiscard(): (discard: () => void) => void {
  const { modal } = App.useApp();
  return useCallback(
    (discard) => {
      modal.confirm({ ...CONFIRM, onOk: discard });
    },
    [modal],
  );
}

/**
 * While `dirty`, asks before the person leaves for another page of the app, and lets the browser
 * ask before the tab is closed or reloaded. The returned setter tells it at once that the work is
 * saved, so a navigation right after saving goes through.
 */
export function useLeaveGuard(dirty: boolean): (dirty: boolean) => void {
  const dirtyRef = useRef(dirty);
  dirtyRef.current = dirty;
  const { modal } = App.useApp();
  const blocker = useBlocker(({ currentLocation, nextLocation }) => dirtyRef.current && currentLocation.pathname !== nextLocation.pathname);

  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    modal.confirm({ ...CONFIRM, onOk: () => blocker.proceed(), onCancel: () => blocker.reset() });
  }, [blocker, modal]);

  useEffect(() => {
    if (!dirty) return;
    const ask = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [dirty]);

  return useCallback((value: boolean) => {
    dirtyRef.current = value;
  }, []);
}
