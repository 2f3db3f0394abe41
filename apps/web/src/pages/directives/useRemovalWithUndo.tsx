import App from 'antd/es/app';
import Button from 'antd/es/button';
import type { DirectiveDraft } from '../../api/types';
import type { DraftRemoval } from '../../lib/draft';

/** A new draft, or for an undo, how to change the draft as it is by then. */
export type DraftChange = DirectiveDraft | ((current: DirectiveDraft) => DirectiveDraft);

/** Applies a deletion and offers, for a while, to take it back: a deletion is one click on a small icon. */
export function useRemovalWithUndo(onChange: (change: DraftChange) => void) {
  const { message } = App.useApp();
  return (removal: DraftRemoval, what: string) => {
    onChange(removal.draft);
    const key = `undo-${what}-${Date.now()}`;
    const undo = () => {
      onChange(removal.restore);
      message.destroy(key);
    };
    message.open({
      key,
      type: 'info',
      duration: 10,
      content: (
        <span>
          Đã xóa {what}.{' '}
          <Button type="link" size="small" onClick={undo} style={{ padding: 0 }}>
            Hoàn tác
          </Button>
        </span>
      ),
    });
  };
}
