import DeleteOutlined from '@ant-design/icons/es/icons/DeleteOutlined';
import WarningOutlined from '@ant-design/icons/es/icons/WarningOutlined';
import Button from 'antd/es/button';
import Col from 'antd/es/col';
import Flex from 'antd/es/flex';
import Input from 'antd/es/input';
import InputNumber from 'antd/es/input-number';
import Row from 'antd/es/row';
import Select from 'antd/es/select';
import Tag from 'antd/es/tag';
import Typography from 'antd/es/typography';
import type { DraftTask, Id, Recurrence } from '../../api/types';
import { IsoDatePicker } from '../../components/IsoDatePicker';
import { UnitSelect } from '../../components/UnitSelect';
import { coordinatingFromIds } from '../../lib/draft';
import { editorElementId, taskKey } from '../../lib/draftMarks';
import { RECURRENCE_LABEL } from '../../lib/labels';
import { activeStyle, DraftField } from './DraftField';

const RECURRENCE_OPTIONS = [
  { value: '', label: 'Không lặp lại' },
  ...(Object.keys(RECURRENCE_LABEL) as Recurrence[]).map((recurrence) => ({ value: recurrence, label: RECURRENCE_LABEL[recurrence] })),
];

interface DraftTaskEditorProps {
  task: DraftTask;
  assignmentIndex: number;
  taskIndex: number;
  /** The item's lead units, which cannot also coordinate. */
  leadUnitIds: Id[];
  activeKey: string | null;
  onChange(patch: Partial<DraftTask>): void;
  onRemove(): void;
  onFocusKey(key: string): void;
  unitName(id: Id): string;
}

/** One task of an item: its text, deadline, recurrence and coordinating units. */
export function DraftTaskEditor({ task, assignmentIndex, taskIndex, leadUnitIds, activeKey, onChange, onRemove, onFocusKey, unitName }: DraftTaskEditorProps) {
  const key = taskKey(assignmentIndex, taskIndex);
  const itemNumber = assignmentIndex + 1;
  const taskNumber = taskIndex + 1;
  const resolvedCoordinating = task.coordinating.filter((unit) => unit.unitId !== null).map((unit) => unit.unitId as Id);
  const unresolvedCoordinating = task.coordinating.filter((unit) => unit.unitId === null);
  return (
    <div
      id={editorElementId(key)}
      onFocus={(event) => {
        event.stopPropagation();
        onFocusKey(key);
      }}
      style={{
        border: '1px solid #f0f0f0',
        borderRadius: 6,
        padding: 12,
        marginBottom: 12,
        background: '#fafafa',
        ...activeStyle(activeKey === key),
      }}
    >
      <Flex justify="space-between" align="center" style={{ marginBottom: 6 }}>
        <Typography.Text strong>Nhiệm vụ {taskNumber}</Typography.Text>
        <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={`Xóa nhiệm vụ ${taskNumber} của mục ${itemNumber}`} onClick={onRemove} />
      </Flex>
      <Input.TextArea
        value={task.text}
        onChange={(event) => onChange({ text: event.target.value })}
        autoSize={{ minRows: 2, maxRows: 10 }}
        status={task.text.trim() ? undefined : 'error'}
        aria-label={`Nội dung nhiệm vụ ${taskNumber} của mục ${itemNumber}`}
        style={{ marginBottom: 8 }}
      />
      <Row gutter={8}>
        <Col xs={24} sm={12}>
          <DraftField
            label="Hạn xử lý"
            hint={
              task.deadlineText ? (
                <>
                  {!task.deadline && <WarningOutlined style={{ color: '#fa8c16', marginRight: 4 }} />}
                  Trong văn bản: “{task.deadlineText}”
                </>
              ) : task.recurrenceText ? (
                `Trong văn bản: “${task.recurrenceText}”`
              ) : undefined
            }
          >
            <IsoDatePicker value={task.deadline} onChange={(deadline) => onChange({ deadline })} placeholder="Không thời hạn" />
          </DraftField>
        </Col>
        <Col xs={24} sm={12}>
          <DraftField label="Lặp lại">
            <Select
              value={task.recurrence ?? ''}
              options={RECURRENCE_OPTIONS}
              onChange={(value: string) =>
                onChange(
                  value
                    ? { recurrence: value as Recurrence, ...(value === 'yearly' ? {} : { recurrenceMonth: null }) }
                    : { recurrence: null, recurrenceDay: null, recurrenceMonth: null, recurrenceEndsOn: null },
                )
              }
              style={{ width: '100%' }}
            />
          </DraftField>
        </Col>
      </Row>
      {task.recurrence && (
        <Row gutter={8}>
          <Col xs={24} sm={task.recurrence === 'yearly' ? 8 : 12}>
            <DraftField
              label={
                task.recurrence === 'weekly'
                  ? 'Hạn mỗi kỳ (thứ trong tuần, 1 là thứ Hai)'
                  : task.recurrence === 'yearly'
                    ? 'Hạn mỗi năm (ngày)'
                    : 'Hạn mỗi kỳ (ngày của tháng cuối kỳ)'
              }
              hint="Mỗi kỳ là một nhiệm vụ riêng với hạn riêng; để trống: ngày cuối kỳ"
            >
              <InputNumber
                min={1}
                max={task.recurrence === 'weekly' ? 7 : 31}
                precision={0}
                value={task.recurrenceDay ?? null}
                onChange={(value) => onChange({ recurrenceDay: typeof value === 'number' ? value : null })}
                placeholder="Ngày cuối kỳ"
                style={{ width: '100%' }}
              />
            </DraftField>
          </Col>
          {task.recurrence === 'yearly' && (
            <Col xs={24} sm={8}>
              <DraftField label="Tháng đến hạn" hint="“trước ngày 31/3 hằng năm”: tháng 3; để trống: tháng 12">
                <InputNumber
                  min={1}
                  max={12}
                  precision={0}
                  value={task.recurrenceMonth ?? null}
                  onChange={(value) => onChange({ recurrenceMonth: typeof value === 'number' ? value : null })}
                  placeholder="Tháng 12"
                  style={{ width: '100%' }}
                />
              </DraftField>
            </Col>
          )}
          <Col xs={24} sm={task.recurrence === 'yearly' ? 8 : 12}>
            <DraftField label="Kết thúc định kỳ">
              <IsoDatePicker value={task.recurrenceEndsOn} onChange={(recurrenceEndsOn) => onChange({ recurrenceEndsOn })} placeholder="Đến khi dừng" />
            </DraftField>
          </Col>
        </Row>
      )}
      <DraftField label="Đơn vị phối hợp">
        <UnitSelect
          multiple
          value={resolvedCoordinating}
          excludeIds={leadUnitIds}
          onChange={(ids) => onChange({ coordinating: coordinatingFromIds(task.coordinating, ids, unitName) })}
          placeholder="Không có"
          style={{ width: '100%' }}
        />
      </DraftField>
      {unresolvedCoordinating.length > 0 && (
        <Flex gap={4} wrap align="center" style={{ marginTop: -6 }}>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            Chưa xác định:
          </Typography.Text>
          {unresolvedCoordinating.map((unit) => (
            <Tag key={unit.text} color="orange" closable onClose={() => onChange({ coordinating: task.coordinating.filter((other) => other !== unit) })}>
              {unit.text}
            </Tag>
          ))}
        </Flex>
      )}
    </div>
  );
}
