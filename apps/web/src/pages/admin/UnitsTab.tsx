import EditOutlined from '@ant-design/icons/es/icons/EditOutlined';
import PlusOutlined from '@ant-design/icons/es/icons/PlusOutlined';
import { useQueryClient } from '@tanstack/react-query';
import App from 'antd/es/app';
import Button from 'antd/es/button';
import Flex from 'antd/es/flex';
import Form from 'antd/es/form';
import Input from 'antd/es/input';
import Select from 'antd/es/select';
import Table from 'antd/es/table';
import Tag from 'antd/es/tag';
import TreeSelect from 'antd/es/tree-select';
import { useMemo, useState } from 'react';
import { unitsApi } from '../../api/endpoints';
import { queryKeys, useUnits, useUsers } from '../../api/hooks';
import type { Id, Unit, UnitInput, UnitKind } from '../../api/types';
import { ErrorState } from '../../components/ErrorState';
import { FormDialog } from '../../components/FormDialog';
import { describeError } from '../../lib/apiError';
import { UNIT_KIND_LABEL, UNIT_KIND_OPTIONS } from '../../lib/labels';
import { buildUnitTree, descendantIds, type UnitNode } from '../../lib/unitTree';
import { matchesUnaccented } from '../../lib/vietnamese';

interface UnitForm {
  code: string;
  name: string;
  kind: UnitKind;
  parentId?: string;
  aliases?: string[];
  email?: string;
  headUserId?: string;
}

type TreeOption = { value: Id; title: string; disabled?: boolean; children?: TreeOption[] };

function treeOptions(nodes: UnitNode[], blocked: Set<string>): TreeOption[] {
  return nodes.map((node) => ({
    value: node.id,
    title: node.name,
    disabled: blocked.has(String(node.id)),
    children: node.children ? treeOptions(node.children, blocked) : undefined,
  }));
}

export function UnitsTab() {
  const { data: units = [], error, isLoading, refetch } = useUnits();
  const users = useUsers();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [editing, setEditing] = useState<Unit | 'new' | null>(null);
  const [query, setQuery] = useState('');

  const tree = useMemo(() => buildUnitTree(units), [units]);
  const filtered = useMemo(
    () => (query.trim() ? units.filter((u) => matchesUnaccented(query, u.name, u.code, ...(u.aliases ?? []))).map((u) => ({ ...u, key: String(u.id) })) : tree),
    [query, units, tree],
  );
  const userName = (id?: Id | null) => (id === null || id === undefined ? '' : (users.data?.find((u) => String(u.id) === String(id))?.name ?? ''));

  if (error) return <ErrorState error={error} onRetry={() => refetch()} />;

  const blocked = editing && editing !== 'new' ? descendantIds(units, editing.id) : new Set<string>();
  // The API takes as head only an active account of the unit itself, heading it by role (a leader for the committee).
  const headCandidates =
    editing && editing !== 'new'
      ? (users.data ?? []).filter((u) => u.unitId === editing.id && u.active && u.role === (editing.kind === 'committee' ? 'leader' : 'unit_head'))
      : [];
  const initial: Partial<UnitForm> | undefined =
    editing && editing !== 'new'
      ? {
          code: editing.code,
          name: editing.name,
          kind: editing.kind,
          parentId: editing.parentId ?? undefined,
          aliases: editing.aliases ?? [],
          email: editing.email ?? undefined,
          headUserId: editing.headUserId ?? undefined,
        }
      : undefined;

  const save = async (values: UnitForm) => {
    const input: UnitInput = {
      code: values.code.trim(),
      name: values.name.trim(),
      kind: values.kind,
      parentId: values.parentId ?? null,
      aliases: (values.aliases ?? []).map((a) => a.trim()).filter(Boolean),
      email: values.email?.trim() || null,
      headUserId: values.headUserId ?? null,
    };
    try {
      if (editing === 'new') await unitsApi.create(input);
      else if (editing) await unitsApi.update(editing.id, input);
      message.success('Đã lưu đơn vị.');
      setEditing(null);
      await queryClient.invalidateQueries({ queryKey: queryKeys.units });
    } catch (error) {
      message.error(describeError(error));
      throw error;
    }
  };

  return (
    <>
      <Flex gap={8} wrap justify="space-between" style={{ marginBottom: 12 }}>
        <Input.Search value={query} onChange={(e) => setQuery(e.target.value)} allowClear placeholder="Tìm đơn vị" style={{ maxWidth: 320 }} />
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
          Thêm đơn vị
        </Button>
      </Flex>
      <Table<UnitNode | (Unit & { key: string })>
        // Remounted when the units arrive so that defaultExpandAllRows opens the loaded tree.
        key={units.length}
        rowKey="key"
        loading={isLoading}
        dataSource={filtered}
        size="small"
        pagination={false}
        scroll={{ x: 900 }}
        expandable={{ defaultExpandAllRows: true }}
        columns={[
          { title: 'Tên đơn vị', dataIndex: 'name', key: 'name' },
          { title: 'Mã', dataIndex: 'code', key: 'code', width: 120 },
          { title: 'Loại', key: 'kind', width: 170, render: (_, u) => UNIT_KIND_LABEL[u.kind] },
          {
            title: 'Tên gọi khác',
            key: 'aliases',
            render: (_, u) => (u.aliases ?? []).map((a) => <Tag key={a}>{a}</Tag>),
          },
          { title: 'Email', dataIndex: 'email', key: 'email', width: 200 },
          { title: 'Thủ trưởng', key: 'head', width: 160, render: (_, u) => userName(u.headUserId) },
          {
            title: '',
            key: 'actions',
            width: 60,
            render: (_, u) => <Button type="text" icon={<EditOutlined />} aria-label={`Sửa ${u.name}`} onClick={() => setEditing(u)} />,
          },
        ]}
      />
      <FormDialog<UnitForm>
        open={editing !== null}
        title={editing === 'new' ? 'Thêm đơn vị' : 'Sửa đơn vị'}
        okText="Lưu"
        initialValues={initial}
        onCancel={() => setEditing(null)}
        onSubmit={save}
        width={600}
      >
        <Form.Item label="Tên đơn vị" name="name" rules={[{ required: true, whitespace: true, message: 'Vui lòng nhập tên.' }]}>
          <Input />
        </Form.Item>
        <Flex gap={12}>
          <Form.Item label="Mã" name="code" rules={[{ required: true, whitespace: true, message: 'Vui lòng nhập mã.' }]} style={{ flex: 1 }}>
            <Input />
          </Form.Item>
          <Form.Item label="Loại" name="kind" rules={[{ required: true, message: 'Vui lòng chọn loại đơn vị.' }]} style={{ flex: 1 }}>
            <Select options={UNIT_KIND_OPTIONS} placeholder="Chọn loại đơn vị" />
          </Form.Item>
        </Flex>
        <Form.Item label="Đơn vị cấp trên" name="parentId">
          <TreeSelect treeData={treeOptions(tree, blocked)} allowClear showSearch treeNodeFilterProp="title" treeDefaultExpandAll placeholder="Không có" />
        </Form.Item>
        <Form.Item label="Tên gọi khác, viết tắt" name="aliases" extra="Dùng để nhận ra đơn vị trong văn bản, ví dụ: phòng GD&ĐT.">
          <Select mode="tags" tokenSeparators={[';']} open={false} suffixIcon={null} />
        </Form.Item>
        <Form.Item label="Email" name="email" rules={[{ type: 'email', message: 'Email không hợp lệ.' }]}>
          <Input />
        </Form.Item>
        <Form.Item label="Thủ trưởng đơn vị" name="headUserId">
          <Select
            allowClear
            showSearch={{ filterOption: (input, o) => matchesUnaccented(input, String(o?.label ?? '')) }}
            disabled={editing === 'new'}
            options={headCandidates.map((u) => ({ value: u.id, label: `${u.name} (${u.email})` }))}
            placeholder={editing === 'new' ? 'Chọn sau khi đơn vị có người dùng' : 'Chọn người dùng'}
          />
        </Form.Item>
      </FormDialog>
    </>
  );
}
