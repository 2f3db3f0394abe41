import Tag from 'antd/es/tag';
import type { Timeliness } from '../api/types';
import { TIMELINESS_LABEL, TIMELINESS_TAG_COLOR } from '../lib/labels';

export function TimelinessTag({ value }: { value: Timeliness | null | undefined }) {
  if (!value) return null;
  return (
    <Tag color={TIMELINESS_TAG_COLOR[value]} data-timeliness={value}>
      {TIMELINESS_LABEL[value]}
    </Tag>
  );
}
