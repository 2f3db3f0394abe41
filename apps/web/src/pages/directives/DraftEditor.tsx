import DeleteOutlined from '@ant-design/icons/es/icons/DeleteOutlined';
import PlusOutlined from '@ant-design/icons/es/icons/PlusOutlined';
import WarningOutlined from '@ant-design/icons/es/icons/WarningOutlined';
import Alert from 'antd/es/alert';
import App from 'antd/es/app';
import Button from 'antd/es/button';
import Card from 'antd/es/card';
import Col from 'antd/es/col';
import DatePicker from 'antd/es/date-picker';
import Flex from 'antd/es/flex';
import Input from 'antd/es/input';
import InputNumber from 'antd/es/input-number';
import Row from 'antd/es/row';
import Select from 'antd/es/select';
import Tag from 'antd/es/tag';
import Tooltip from 'antd/es/tooltip';
import Typography from 'antd/es/typography';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import { useUnits } from '../../api/hooks';
import type { DirectiveDraft, DraftAssignment, DraftTask, Id, Recurrence } from '../../api/types';
import { UnitSelect } from '../../components/UnitSelect';
import { DISPLAY_DATE_FORMAT } from '../../lib/dates';
import { coordinatingFromIds, emptyAssignment, emptyTask, isUnresolved, removeAssignment, removeTask, type DraftRemoval } from '../../lib/draft';
import { assignmentKey, headerKey, taskKey } from '../../lib/draftMarks';
import { reviewItems } from '../../lib/draftReview';
import { RECURRENCE_LABEL } from '../../lib/labels';
import { TEXT_COLOR } from '../../theme';

interface DraftEditorProps {
  draft: DirectiveDraft;
  /** A new draft, or for an undo, how to change the draft as it is by then. */
  onChange(draft: DirectiveDraft | ((current: DirectiveDraft) => DirectiveDraft)): void;
  activeKey: string | null;
  onFocusKey(key: string | null): void;
}

export const editorElementId = (key: string) => `draft-${key}`;

const RECURRENCE_OPTIONS = [
  { value: '', label: 'Không lặp lại' },
  ...(Object.keys(RECURRENCE_LABEL) as Recurrence[]).map((r) => ({ value: r, label: RECURRENCE_LABEL[r] })),
];

function Field({ label, children, hint }: { label: string; children: ReactNode; hint?: ReactNode }) {
  return (
    <label style={{ display: 'block', marginBottom: 12 }}>
      <div style={{ marginBottom: 4, fontWeight: 500 }}>{label}</div>
      {children}
      {hint ? <div style={{ fontSize: 12, color: TEXT_COLOR.secondary, marginTop: 2 }}>{hint}</div> : null}
    </label>
  );
}

function activeStyle(active: boolean) {
  return active ? { boxShadow: '0 0 0 2px #1677ff' } : undefined;
}

/** The parsed draft as a form: every field the parser filled can be corrected before saving. */
export function DraftEditor({ draft, onChange, activeKey, onFocusKey }: DraftEditorProps) {
  const { data: units = [] } = useUnits();
  const unitName = (id: Id) => units.find((u) => String(u.id) === String(id))?.name ?? String(id);

  const set = (patch: Partial<DirectiveDraft>) => onChange({ ...draft, ...patch });
  const setAssignment = (i: number, patch: Partial<DraftAssignment>) =>
    set({ assignments: draft.assignments.map((a, k) => (k === i ? { ...a, ...patch } : a)) });
  const setTask = (i: number, j: number, patch: Partial<DraftTask>) =>
    setAssignment(i, { tasks: draft.assignments[i].tasks.map((t, k) => (k === j ? { ...t, ...patch } : t)) });
  const { message } = App.useApp();
  // A deletion is one click on a small icon: it can be taken back for a while.
  const removeWithUndo = (removal: DraftRemoval, what: string) => {
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

  const headerFocus = (field: string) => ({ onFocus: () => onFocusKey(headerKey(field)) });
  const doubtful = reviewItems(draft);
  const goTo = (key: string) => {
    onFocusKey(key);
    document.getElementById(editorElementId(key))?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  };

  return (
    <div>
      {doubtful.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={`Cần xem lại ${doubtful.length} chỗ (chỗ ít chắc chắn nhất ở đầu)`}
          description={
            <ul style={{ margin: 0, paddingLeft: 18 }} aria-label="Cần xem lại">
              {doubtful.map((d) => (
                <li key={d.key}>
                  <Button type="link" size="small" style={{ padding: 0 }} onClick={() => goTo(d.key)}>
                    {d.label}
                  </Button>
                  : {d.reasons.join('; ')}
                </li>
              ))}
            </ul>
          }
        />
      )}
      <Card title="Thông tin văn bản" size="small" style={{ marginBottom: 16 }}>
        <Row gutter={12}>
          <Col xs={24} sm={8}>
            <Field label="Loại văn bản">
              <Input value={draft.docType ?? ''} onChange={(e) => set({ docType: e.target.value || null })} placeholder="Thông báo" />
            </Field>
          </Col>
          <Col xs={12} sm={8}>
            <Field label="Số">
              <Input value={draft.number ?? ''} onChange={(e) => set({ number: e.target.value || null })} placeholder="(để trống)" {...headerFocus('number')} />
            </Field>
          </Col>
          <Col xs={12} sm={8}>
            <Field label="Ký hiệu">
              <Input value={draft.symbol ?? ''} onChange={(e) => set({ symbol: e.target.value || null })} placeholder="TB-UBND" {...headerFocus('number')} />
            </Field>
          </Col>
          <Col xs={24} sm={8}>
            <Field label="Ngày văn bản" hint={draft.dateText ? `Trong văn bản: “${draft.dateText}”` : undefined}>
              <DatePicker
                value={draft.date ? dayjs(draft.date) : null}
                onChange={(d) => set({ date: d ? d.format('YYYY-MM-DD') : null })}
                format={DISPLAY_DATE_FORMAT}
                style={{ width: '100%' }}
                placeholder="dd/mm/yyyy"
                {...headerFocus('date')}
              />
            </Field>
          </Col>
          <Col xs={24} sm={16}>
            <Field label="Cơ quan ban hành">
              <Input value={draft.issuer ?? ''} onChange={(e) => set({ issuer: e.target.value || null })} />
            </Field>
          </Col>
          <Col span={24}>
            <Field label="Trích yếu">
              <Input.TextArea
                value={draft.title ?? ''}
                onChange={(e) => set({ title: e.target.value || null })}
                autoSize={{ minRows: 2, maxRows: 5 }}
                {...headerFocus('title')}
              />
            </Field>
          </Col>
          <Col xs={24} sm={12}>
            <Field label="Người ký">
              <Input value={draft.signer ?? ''} onChange={(e) => set({ signer: e.target.value || null })} {...headerFocus('signer')} />
            </Field>
          </Col>
        </Row>
      </Card>

      {draft.assignments.map((a, i) => {
        const key = assignmentKey(i);
        const unresolved = isUnresolved(a);
        return (
          <Card
            key={i}
            id={editorElementId(key)}
            size="small"
            style={{ marginBottom: 16, borderColor: unresolved ? '#ff4d4f' : undefined, ...activeStyle(activeKey === key) }}
            onFocus={() => onFocusKey(key)}
            title={
              <Flex gap={8} align="center" wrap>
                <span>Mục {i + 1}</span>
                {a.unitText && (
                  <Typography.Text type="secondary" style={{ fontWeight: 400 }} ellipsis>
                    “{a.unitText}”
                  </Typography.Text>
                )}
                {a.group && <Tag color="purple">Nhóm đơn vị</Tag>}
              </Flex>
            }
            extra={
              <Tooltip title="Xóa mục này">
                <Button type="text" danger icon={<DeleteOutlined />} aria-label={`Xóa mục ${i + 1}`} onClick={() => removeWithUndo(removeAssignment(draft, i), `mục ${i + 1}`)} />
              </Tooltip>
            }
          >
            <Field
              label="Đơn vị chủ trì"
              hint={a.unitIds.length > 1 ? `Mỗi nhiệm vụ sẽ được giao riêng cho ${a.unitIds.length} đơn vị.` : undefined}
            >
              <UnitSelect
                multiple
                value={a.unitIds}
                onChange={(unitIds) => setAssignment(i, { unitIds })}
                status={unresolved ? 'error' : undefined}
                placeholder="Chọn đơn vị được giao"
                style={{ width: '100%' }}
                aria-label={`Đơn vị chủ trì mục ${i + 1}`}
              />
            </Field>
            {unresolved && (
              <Alert
                type="error"
                showIcon
                icon={<WarningOutlined />}
                style={{ marginBottom: 12 }}
                title={a.unitText ? `Chưa xác định được đơn vị “${a.unitText}”.` : 'Chưa chọn đơn vị.'}
                description={
                  a.suggestions?.length ? (
                    <Flex gap={6} wrap align="center">
                      <span>Có phải:</span>
                      {a.suggestions.map((s) => (
                        <Button key={String(s.unitId)} size="small" onClick={() => setAssignment(i, { unitIds: [s.unitId] })}>
                          {s.name}
                        </Button>
                      ))}
                    </Flex>
                  ) : (
                    'Chọn đơn vị trong danh sách ở trên.'
                  )
                }
              />
            )}
            {a.coordinating.length > 0 && (
              <Field label="Phối hợp (chung cho mục)">
                <Flex gap={4} wrap>
                  {a.coordinating.map((c, k) => (
                    <Tag
                      key={k}
                      color={c.unitId === null ? 'orange' : 'blue'}
                      closable
                      onClose={() => setAssignment(i, { coordinating: a.coordinating.filter((_, x) => x !== k) })}
                    >
                      {c.unitId === null ? c.text : unitName(c.unitId)}
                    </Tag>
                  ))}
                </Flex>
              </Field>
            )}

            {a.tasks.map((t, j) => {
              const tKey = taskKey(i, j);
              const resolvedCoordinating = t.coordinating.filter((c) => c.unitId !== null).map((c) => c.unitId as Id);
              const unresolvedCoordinating = t.coordinating.filter((c) => c.unitId === null);
              return (
                <div
                  key={j}
                  id={editorElementId(tKey)}
                  onFocus={(e) => {
                    e.stopPropagation();
                    onFocusKey(tKey);
                  }}
                  style={{
                    border: '1px solid #f0f0f0',
                    borderRadius: 6,
                    padding: 12,
                    marginBottom: 12,
                    background: '#fafafa',
                    ...activeStyle(activeKey === tKey),
                  }}
                >
                  <Flex justify="space-between" align="center" style={{ marginBottom: 6 }}>
                    <Typography.Text strong>Nhiệm vụ {j + 1}</Typography.Text>
                    <Button
                      size="small"
                      type="text"
                      danger
                      icon={<DeleteOutlined />}
                      aria-label={`Xóa nhiệm vụ ${j + 1} của mục ${i + 1}`}
                      onClick={() => removeWithUndo(removeTask(draft, i, j), `nhiệm vụ ${j + 1} của mục ${i + 1}`)}
                    />
                  </Flex>
                  <Input.TextArea
                    value={t.text}
                    onChange={(e) => setTask(i, j, { text: e.target.value })}
                    autoSize={{ minRows: 2, maxRows: 10 }}
                    status={t.text.trim() ? undefined : 'error'}
                    aria-label={`Nội dung nhiệm vụ ${j + 1} của mục ${i + 1}`}
                    style={{ marginBottom: 8 }}
                  />
                  <Row gutter={8}>
                    <Col xs={24} sm={12}>
                      <Field
                        label="Hạn xử lý"
                        hint={
                          t.deadlineText ? (
                            <>
                              {!t.deadline && <WarningOutlined style={{ color: '#fa8c16', marginRight: 4 }} />}
                              Trong văn bản: “{t.deadlineText}”
                            </>
                          ) : t.recurrenceText ? (
                            `Trong văn bản: “${t.recurrenceText}”`
                          ) : undefined
                        }
                      >
                        <DatePicker
                          value={t.deadline ? dayjs(t.deadline) : null}
                          onChange={(d) => setTask(i, j, { deadline: d ? d.format('YYYY-MM-DD') : null })}
                          format={DISPLAY_DATE_FORMAT}
                          placeholder="Không thời hạn"
                          style={{ width: '100%' }}
                        />
                      </Field>
                    </Col>
                    <Col xs={24} sm={12}>
                      <Field label="Lặp lại">
                        <Select
                          value={t.recurrence ?? ''}
                          options={RECURRENCE_OPTIONS}
                          onChange={(value: string) =>
                            setTask(i, j, value ? { recurrence: value as Recurrence } : { recurrence: null, recurrenceDay: null, recurrenceEndsOn: null })
                          }
                          style={{ width: '100%' }}
                        />
                      </Field>
                    </Col>
                  </Row>
                  {t.recurrence && (
                    <Row gutter={8}>
                      <Col xs={24} sm={12}>
                        <Field
                          label={t.recurrence === 'weekly' ? 'Hạn mỗi kỳ (thứ trong tuần, 1 là thứ Hai)' : 'Hạn mỗi kỳ (ngày của tháng cuối kỳ)'}
                          hint="Mỗi kỳ là một nhiệm vụ riêng với hạn riêng; để trống: ngày cuối kỳ"
                        >
                          <InputNumber
                            min={1}
                            max={t.recurrence === 'weekly' ? 7 : 31}
                            precision={0}
                            value={t.recurrenceDay ?? null}
                            onChange={(value) => setTask(i, j, { recurrenceDay: typeof value === 'number' ? value : null })}
                            placeholder="Ngày cuối kỳ"
                            style={{ width: '100%' }}
                          />
                        </Field>
                      </Col>
                      <Col xs={24} sm={12}>
                        <Field label="Kết thúc định kỳ">
                          <DatePicker
                            value={t.recurrenceEndsOn ? dayjs(t.recurrenceEndsOn) : null}
                            onChange={(d) => setTask(i, j, { recurrenceEndsOn: d ? d.format('YYYY-MM-DD') : null })}
                            format={DISPLAY_DATE_FORMAT}
                            placeholder="Đến khi dừng"
                            style={{ width: '100%' }}
                          />
                        </Field>
                      </Col>
                    </Row>
                  )}
                  <Field label="Đơn vị phối hợp">
                    <UnitSelect
                      multiple
                      value={resolvedCoordinating}
                      excludeIds={a.unitIds}
                      onChange={(ids) => setTask(i, j, { coordinating: coordinatingFromIds(t.coordinating, ids, unitName) })}
                      placeholder="Không có"
                      style={{ width: '100%' }}
                    />
                  </Field>
                  {unresolvedCoordinating.length > 0 && (
                    <Flex gap={4} wrap align="center" style={{ marginTop: -6 }}>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        Chưa xác định:
                      </Typography.Text>
                      {unresolvedCoordinating.map((c) => (
                        <Tag
                          key={c.text}
                          color="orange"
                          closable
                          onClose={() => setTask(i, j, { coordinating: t.coordinating.filter((x) => x !== c) })}
                        >
                          {c.text}
                        </Tag>
                      ))}
                    </Flex>
                  )}
                </div>
              );
            })}
            <Button icon={<PlusOutlined />} onClick={() => setAssignment(i, { tasks: [...a.tasks, emptyTask()] })}>
              Thêm nhiệm vụ
            </Button>
          </Card>
        );
      })}

      <Button type="dashed" block icon={<PlusOutlined />} onClick={() => set({ assignments: [...draft.assignments, emptyAssignment()] })}>
        Thêm mục giao việc
      </Button>
    </div>
  );
}
