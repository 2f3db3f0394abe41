import DeleteOutlined from '@ant-design/icons/es/icons/DeleteOutlined';
import PlusOutlined from '@ant-design/icons/es/icons/PlusOutlined';
import WarningOutlined from '@ant-design/icons/es/icons/WarningOutlined';
import Alert from 'antd/es/alert';
import Button from 'antd/es/button';
import Card from 'antd/es/card';
import Flex from 'antd/es/flex';
import Tag from 'antd/es/tag';
import Tooltip from 'antd/es/tooltip';
import Typography from 'antd/es/typography';
import type { DraftAssignment, DraftTask, Id } from '../../api/types';
import { UnitSelect } from '../../components/UnitSelect';
import { emptyTask, isUnresolved } from '../../lib/draft';
import { assignmentKey, editorElementId } from '../../lib/draftMarks';
import { activeStyle, DraftField } from './DraftField';
import { DraftTaskEditor } from './DraftTaskEditor';

interface DraftAssignmentCardProps {
  assignment: DraftAssignment;
  assignmentIndex: number;
  activeKey: string | null;
  onChange(patch: Partial<DraftAssignment>): void;
  onRemove(): void;
  onRemoveTask(taskIndex: number): void;
  onFocusKey(key: string): void;
  unitName(id: Id): string;
}

/** One item of the notice: the units it is given to, those coordinating, and its tasks. */
export function DraftAssignmentCard(props: DraftAssignmentCardProps) {
  const { assignment, assignmentIndex, activeKey, onChange, onRemove, onRemoveTask, onFocusKey, unitName } = props;
  const key = assignmentKey(assignmentIndex);
  const itemNumber = assignmentIndex + 1;
  const unresolved = isUnresolved(assignment);
  const changeTask = (taskIndex: number, patch: Partial<DraftTask>) =>
    onChange({ tasks: assignment.tasks.map((task, index) => (index === taskIndex ? { ...task, ...patch } : task)) });
  return (
    <Card
      id={editorElementId(key)}
      size="small"
      style={{ marginBottom: 16, borderColor: unresolved ? '#ff4d4f' : undefined, ...activeStyle(activeKey === key) }}
      onFocus={() => onFocusKey(key)}
      title={
        <Flex gap={8} align="center" wrap>
          <span>Mục {itemNumber}</span>
          {assignment.unitText && (
            <Typography.Text type="secondary" style={{ fontWeight: 400 }} ellipsis>
              “{assignment.unitText}”
            </Typography.Text>
          )}
          {assignment.group && <Tag color="purple">Nhóm đơn vị</Tag>}
        </Flex>
      }
      extra={
        <Tooltip title="Xóa mục này">
          <Button type="text" danger icon={<DeleteOutlined />} aria-label={`Xóa mục ${itemNumber}`} onClick={onRemove} />
        </Tooltip>
      }
    >
      <DraftField
        label="Đơn vị chủ trì"
        hint={assignment.unitIds.length > 1 ? `Mỗi nhiệm vụ sẽ được giao riêng cho ${assignment.unitIds.length} đơn vị.` : undefined}
      >
        <UnitSelect
          multiple
          value={assignment.unitIds}
          onChange={(unitIds) => onChange({ unitIds })}
          status={unresolved ? 'error' : undefined}
          placeholder="Chọn đơn vị được giao"
          style={{ width: '100%' }}
          aria-label={`Đơn vị chủ trì mục ${itemNumber}`}
        />
      </DraftField>
      {unresolved && (
        <Alert
          type="error"
          showIcon
          icon={<WarningOutlined />}
          style={{ marginBottom: 12 }}
          title={assignment.unitText ? `Chưa xác định được đơn vị “${assignment.unitText}”.` : 'Chưa chọn đơn vị.'}
          description={
            assignment.suggestions?.length ? (
              <Flex gap={6} wrap align="center">
                <span>Có phải:</span>
                {assignment.suggestions.map((suggestion) => (
                  <Button key={String(suggestion.unitId)} size="small" onClick={() => onChange({ unitIds: [suggestion.unitId] })}>
                    {suggestion.name}
                  </Button>
                ))}
              </Flex>
            ) : (
              'Chọn đơn vị trong danh sách ở trên.'
            )
          }
        />
      )}
      {assignment.coordinating.length > 0 && (
        <DraftField label="Phối hợp (chung cho mục)">
          <Flex gap={4} wrap>
            {assignment.coordinating.map((unit, unitIndex) => (
              <Tag
                key={unitIndex}
                color={unit.unitId === null ? 'orange' : 'blue'}
                closable
                onClose={() => onChange({ coordinating: assignment.coordinating.filter((_, index) => index !== unitIndex) })}
              >
                {unit.unitId === null ? unit.text : unitName(unit.unitId)}
              </Tag>
            ))}
          </Flex>
        </DraftField>
      )}

      {assignment.tasks.map((task, taskIndex) => (
        <DraftTaskEditor
          key={taskIndex}
          task={task}
          assignmentIndex={assignmentIndex}
          taskIndex={taskIndex}
          leadUnitIds={assignment.unitIds}
          activeKey={activeKey}
          onChange={(patch) => changeTask(taskIndex, patch)}
          onRemove={() => onRemoveTask(taskIndex)}
          onFocusKey={onFocusKey}
          unitName={unitName}
        />
      ))}
      <Button icon={<PlusOutlined />} onClick={() => onChange({ tasks: [...assignment.tasks, emptyTask()] })}>
        Thêm nhiệm vụ
      </Button>
    </Card>
  );
}
