import Alert from 'antd/es/alert';
import Button from 'antd/es/button';
import type { DirectiveDraft } from '../../api/types';
import { reviewItems } from '../../lib/draftReview';

/** The parts of the draft the parser was least sure of, each a link to its place in the editor. */
export function DraftDoubts({ draft, onGoTo }: { draft: DirectiveDraft; onGoTo(key: string): void }) {
  const doubtful = reviewItems(draft);
  if (doubtful.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 16 }}
      title={`Cần xem lại ${doubtful.length} chỗ (chỗ ít chắc chắn nhất ở đầu)`}
      description={
        <ul style={{ margin: 0, paddingLeft: 18 }} aria-label="Cần xem lại">
          {doubtful.map((item) => (
            <li key={item.key}>
              <Button type="link" size="small" style={{ padding: 0 }} onClick={() => onGoTo(item.key)}>
                {item.label}
              </Button>
              : {item.reasons.join('; ')}
            </li>
          ))}
        </ul>
      }
    />
  );
}
