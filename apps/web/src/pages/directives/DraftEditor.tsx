import PlusOutlined from '@ant-design/icons/es/icons/PlusOutlined';
import Button from 'antd/es/button';
import { useUnits } from '../../api/hooks';
import type { DirectiveDraft, DraftAssignment, Id } from '../../api/types';
import { emptyAssignment, removeAssignment, removeTask } from '../../lib/draft';
import { editorElementId } from '../../lib/draftMarks';
import { DraftAssignmentCard } from './DraftAssignmentCard';
import { DraftDoubts } from './DraftDoubts';
import { DraftHeaderCard } from './DraftHeaderCard';
import { useRemovalWithUndo, type DraftChange } from './useRemovalWithUndo';

interface DraftEditorProps {
  draft: DirectiveDraft;
  onChange(change: DraftChange): void;
  activeKey: string | null;
  onFocusKey(key: string | null): void;
}

/** The parsed draft as a form: every field the parser filled can be corrected before saving. */
export function DraftEditor({ draft, onChange, activeKey, onFocusKey }: DraftEditorProps) {
  const { data: units = [] } = useUnits();
  const unitName = (id: Id) => units.find((unit) => String(unit.id) === String(id))?.name ?? String(id);
  const removeWithUndo = useRemovalWithUndo(onChange);

  const change = (patch: Partial<DirectiveDraft>) => onChange({ ...draft, ...patch });
  const changeAssignment = (assignmentIndex: number, patch: Partial<DraftAssignment>) =>
    change({ assignments: draft.assignments.map((assignment, index) => (index === assignmentIndex ? { ...assignment, ...patch } : assignment)) });
  const goTo = (key: string) => {
    onFocusKey(key);
    document.getElementById(editorElementId(key))?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  };

  return (
    <div>
      <DraftDoubts draft={draft} onGoTo={goTo} />
      <DraftHeaderCard draft={draft} onChange={change} onFocusKey={onFocusKey} />

      {draft.assignments.map((assignment, assignmentIndex) => (
        <DraftAssignmentCard
          key={assignmentIndex}
          assignment={assignment}
          assignmentIndex={assignmentIndex}
          activeKey={activeKey}
          onChange={(patch) => changeAssignment(assignmentIndex, patch)}
          onRemove={() => removeWithUndo(removeAssignment(draft, assignmentIndex), `mục ${assignmentIndex + 1}`)}
          onRemoveTask={(taskIndex) =>
            removeWithUndo(removeTask(draft, assignmentIndex, taskIndex), `nhiệm vụ ${taskIndex + 1} của mục ${assignmentIndex + 1}`)
          }
          onFocusKey={onFocusKey}
          unitName={unitName}
        />
      ))}

      <Button type="dashed" block icon={<PlusOutlined />} onClick={() => change({ assignments: [...draft.assignments, emptyAssignment()] })}>
        Thêm mục giao việc
      </Button>
    </div>
  );
}
