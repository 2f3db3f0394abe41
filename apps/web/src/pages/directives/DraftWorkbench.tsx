import DeleteOutlined from '@ant-design/icons/es/icons/DeleteOutlined';
import SaveOutlined from '@ant-design/icons/es/icons/SaveOutlined';
import SendOutlined from '@ant-design/icons/es/icons/SendOutlined';
import Alert from 'antd/es/alert';
import App from 'antd/es/app';
import Button from 'antd/es/button';
import Card from 'antd/es/card';
import Col from 'antd/es/col';
import Flex from 'antd/es/flex';
import Row from 'antd/es/row';
import Select from 'antd/es/select';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { directivesApi } from '../../api/endpoints';
import { queryKeys, useUsers } from '../../api/hooks';
import type { DirectiveDraft, DirectiveInput, Id } from '../../api/types';
import { useCurrentUser } from '../../auth/AuthContext';
import { useLeaveGuard } from '../../components/UnsavedChanges';
import { describeError } from '../../lib/apiError';
import { countTasksToCreate, draftProblems, toDraftBody } from '../../lib/draft';
import { draftMarks, editorElementId, editorKeyOf } from '../../lib/draftMarks';
import { leaderLabel, noticeLeader, type NoticeLeader } from '../../lib/noticeLeader';
import { matchesUnaccented } from '../../lib/vietnamese';
import { DraftEditor } from './DraftEditor';
import { MARK_LEGEND, MarkSwatch, SourceView } from './SourceView';

interface DraftWorkbenchProps {
  initial: DirectiveDraft;
  /** Set when the draft is already saved; saving then updates it. */
  directiveId?: Id;
  leaderInChargeId?: Id | null;
  clerkId?: Id | null;
  /** Told whenever the review gains or loses unsaved edits. */
  onDirtyChange?(dirty: boolean): void;
}

const personFilter = (input: string, option?: { label?: string }) => matchesUnaccented(input, option?.label ?? '');

/** Review a parsed notice beside its source, fix it, save it as a draft and publish it. */
export function DraftWorkbench(props: DraftWorkbenchProps) {
  const me = useCurrentUser();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { message, modal } = App.useApp();
  const [draft, setDraft] = useState<DirectiveDraft>(props.initial);
  const [directiveId, setDirectiveId] = useState<Id | undefined>(props.directiveId);
  const [leaderId, setLeaderId] = useState<Id | null>(props.leaderInChargeId ?? null);
  const [clerkId, setClerkId] = useState<Id | null>(props.clerkId ?? (me.role === 'clerk' ? me.id : null));
  const [activeKey, setActiveKey] = useState<string | null>(null);
  const [busy, setBusy] = useState<'save' | 'publish' | 'delete' | null>(null);
  // A freshly parsed notice is unsaved work until it is saved as a draft.
  const [dirty, setDirtyState] = useState(!props.directiveId);
  const guardDirty = useLeaveGuard(dirty);
  const { onDirtyChange } = props;
  const setDirty = (value: boolean) => {
    guardDirty(value);
    setDirtyState(value);
  };
  useEffect(() => onDirtyChange?.(dirty), [dirty, onDirtyChange]);

  const leaders = useUsers('leader');
  const clerks = useUsers('clerk');

  // A new draft is followed by the leader whose conclusions the notice records, read once; a
  // deputy's notice is not the chairman's, so when the words fit no one the clerk is asked.
  const [fromNotice, setFromNotice] = useState<NoticeLeader | null>(null);
  useEffect(() => {
    if (fromNotice || props.directiveId || !leaders.data) return;
    const read = noticeLeader(props.initial, leaders.data);
    setFromNotice(read);
    if (read.leaderId !== null && !props.leaderInChargeId) setLeaderId(read.leaderId);
  }, [fromNotice, props.directiveId, props.initial, props.leaderInChargeId, leaders.data]);
  const marks = useMemo(() => draftMarks(draft), [draft]);
  const problems = draftProblems(draft);
  const sourceText = draft.sourceText ?? '';

  const clerkOptions = useMemo(() => {
    const options = (clerks.data ?? []).map((u) => ({ value: u.id, label: u.name }));
    // Clerks may not be allowed to list clerks; they can always name themselves.
    if (me.role === 'clerk' && !options.some((o) => String(o.value) === String(me.id))) options.unshift({ value: String(me.id), label: me.name });
    return options;
  }, [clerks.data, me]);

  const change = (next: DirectiveDraft | ((current: DirectiveDraft) => DirectiveDraft)) => {
    setDraft(next);
    setDirty(true);
  };

  const body = (): DirectiveInput => ({ ...toDraftBody(draft), leaderInChargeId: leaderId, clerkId });

  const save = async (): Promise<Id> => {
    if (directiveId !== undefined && !dirty) return directiveId;
    const saved = directiveId === undefined ? await directivesApi.create(body()) : await directivesApi.update(directiveId, body());
    const id = saved?.id ?? directiveId;
    if (id === undefined) throw new Error('Máy chủ không trả về mã văn bản.');
    setDirectiveId(id);
    setDirty(false);
    await queryClient.invalidateQueries({ queryKey: queryKeys.directives });
    return id;
  };

  const onSave = async () => {
    setBusy('save');
    try {
      await save();
      message.success('Đã lưu nháp.');
    } catch (error) {
      message.error(describeError(error));
    } finally {
      setBusy(null);
    }
  };

  const publish = async () => {
    setBusy('publish');
    try {
      const id = await save();
      const result = await directivesApi.publish(id);
      await queryClient.invalidateQueries({ queryKey: ['tasks'] });
      await queryClient.invalidateQueries({ queryKey: queryKeys.directives });
      message.success(`Đã ban hành, tạo ${result?.taskCount ?? countTasksToCreate(draft)} nhiệm vụ.`);
      await navigate('/directives');
    } catch (error) {
      message.error(describeError(error));
    } finally {
      setBusy(null);
    }
  };

  const onPublish = () => {
    const count = countTasksToCreate(draft);
    modal.confirm({
      title: 'Ban hành văn bản?',
      content: `Hệ thống sẽ tạo ${count} nhiệm vụ và gửi thông báo tới các đơn vị được giao. Sau khi ban hành không sửa được nội dung văn bản.`,
      okText: 'Ban hành',
      cancelText: 'Xem lại',
      onOk: publish,
    });
  };

  const deleteDraft = async () => {
    if (directiveId === undefined) return;
    setBusy('delete');
    try {
      await directivesApi.remove(directiveId);
      setDirty(false);
      await queryClient.invalidateQueries({ queryKey: queryKeys.directives });
      message.success('Đã xóa bản nháp.');
      await navigate('/directives');
    } catch (error) {
      message.error(describeError(error));
    } finally {
      setBusy(null);
    }
  };

  const onDelete = () =>
    modal.confirm({
      title: 'Xóa bản nháp?',
      content: 'Bản nháp và mọi chỉnh sửa trên đó sẽ bị xóa, không khôi phục được.',
      okText: 'Xóa bản nháp',
      okButtonProps: { danger: true },
      cancelText: 'Giữ lại',
      onOk: deleteDraft,
    });

  const selectMark = (key: string) => {
    const editorKey = editorKeyOf(key);
    setActiveKey(editorKey);
    document.getElementById(editorElementId(editorKey))?.scrollIntoView({ behavior: 'smooth', block: 'center' });
  };

  const toolbar = (
    <Flex gap={8} wrap>
      {directiveId !== undefined && (
        <Button danger icon={<DeleteOutlined />} onClick={onDelete} loading={busy === 'delete'} disabled={busy !== null}>
          Xóa nháp
        </Button>
      )}
      <Button icon={<SaveOutlined />} onClick={onSave} loading={busy === 'save'} disabled={busy !== null}>
        Lưu nháp
      </Button>
      <Button type="primary" icon={<SendOutlined />} onClick={onPublish} loading={busy === 'publish'} disabled={busy !== null || problems.length > 0}>
        Ban hành
      </Button>
    </Flex>
  );

  return (
    <>
      <Card size="small" style={{ marginBottom: 16 }}>
        <Row gutter={12} align="bottom">
          <Col xs={24} md={9}>
            <label style={{ display: 'block' }}>
              <div style={{ marginBottom: 4, fontWeight: 500 }}>Lãnh đạo phụ trách</div>
              <Select
                value={leaderId ?? undefined}
                onChange={(value) => {
                  setLeaderId(value ?? null);
                  setDirty(true);
                }}
                options={(leaders.data ?? []).map((u) => ({ value: u.id, label: leaderLabel(u) }))}
                loading={leaders.isLoading}
                allowClear
                showSearch={{ filterOption: personFilter }}
                placeholder="Chọn lãnh đạo"
                style={{ width: '100%' }}
                notFoundContent="Không có"
              />
            </label>
          </Col>
          <Col xs={24} md={9}>
            <label style={{ display: 'block' }}>
              <div style={{ marginBottom: 4, fontWeight: 500 }}>Chuyên viên theo dõi</div>
              <Select
                value={clerkId ?? undefined}
                onChange={(value) => {
                  setClerkId(value ?? null);
                  setDirty(true);
                }}
                options={clerkOptions}
                allowClear
                showSearch={{ filterOption: personFilter }}
                placeholder="Chọn chuyên viên"
                style={{ width: '100%' }}
                notFoundContent="Không có"
              />
            </label>
          </Col>
          <Col xs={24} md={6} style={{ marginTop: 12 }}>
            <Flex justify="flex-end">{toolbar}</Flex>
          </Col>
        </Row>
        {!leaderId && (
          <Alert
            style={{ marginTop: 12 }}
            type="warning"
            showIcon
            data-section="leader-prompt"
            title="Chưa chọn lãnh đạo phụ trách: nhiệm vụ quá hạn sẽ không được báo cáo lên lãnh đạo."
            description={
              fromNotice?.said
                ? `Văn bản ghi “Kết luận của đồng chí ${fromNotice.said}” nhưng không khớp được với một lãnh đạo trong danh sách: hãy chọn lãnh đạo phụ trách.`
                : fromNotice
                  ? 'Văn bản không nêu lãnh đạo kết luận: hãy chọn lãnh đạo phụ trách.'
                  : undefined
            }
          />
        )}
        {leaderId && fromNotice?.said && String(leaderId) === String(fromNotice.leaderId) && (
          <div style={{ marginTop: 8, fontSize: 12, color: 'rgba(0,0,0,.65)' }}>Theo văn bản: “Kết luận của đồng chí {fromNotice.said}”.</div>
        )}
        {problems.length > 0 && (
          <Alert
            style={{ marginTop: 12 }}
            type="error"
            showIcon
            title="Cần hoàn thiện trước khi ban hành"
            description={
              <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                {problems.map((problem) => (
                  <li key={problem}>{problem}</li>
                ))}
              </ul>
            }
          />
        )}
      </Card>

      <Row gutter={16}>
        {sourceText && (
          <Col xs={24} lg={10} style={{ marginBottom: 16 }}>
            <div style={{ position: 'sticky', top: 80 }}>
              <Flex gap={12} wrap style={{ marginBottom: 8, fontSize: 12 }}>
                {MARK_LEGEND.map((entry) => (
                  <span key={entry.kind}>
                    <MarkSwatch kind={entry.kind} /> {entry.label}
                  </span>
                ))}
              </Flex>
              <SourceView text={sourceText} marks={marks} activeKey={activeKey} onSelect={selectMark} style={{ maxHeight: 'calc(100vh - 140px)' }} />
            </div>
          </Col>
        )}
        <Col xs={24} lg={sourceText ? 14 : 24}>
          <DraftEditor draft={draft} onChange={change} activeKey={activeKey} onFocusKey={setActiveKey} />
          <Flex justify="flex-end" style={{ marginTop: 16 }}>
            {toolbar}
          </Flex>
        </Col>
      </Row>
    </>
  );
}
