import Tag from 'antd/es/tag';
import type { TaskStatus } from '../api/types';
import { STATUS_LABEL, STATUS_TAG_COLOR } from '../lib/labels';

export function StatusTag({ value }: { value: TaskStatus | null | undefined }) {
  if (!value) return null;
  return (
    <Tag color={STATUS_TAG_COLOR[value]} data-status={value}>
      {STATUS_LABEL[value]}
    </Tag>
  );
}
