import Select from 'antd/es/select';
import { useMemo, type CSSProperties } from 'react';
import { useUnits } from '../api/hooks';
import type { Id, Unit } from '../api/types';
import { matchesUnaccented } from '../lib/vietnamese';
import { TEXT_COLOR } from '../theme';

interface Option {
  value: Id;
  label: string;
  unit: Unit;
}

interface CommonProps {
  placeholder?: string;
  allowClear?: boolean;
  disabled?: boolean;
  status?: 'error' | 'warning';
  style?: CSSProperties;
  id?: string;
  /** Units that may not be chosen, such as the lead unit in its own coordinating list. */
  excludeIds?: readonly Id[];
  'aria-label'?: string;
}

interface SingleProps extends CommonProps {
  multiple?: false;
  value?: Id | null;
  onChange?: (value: Id | undefined) => void;
}

interface MultipleProps extends CommonProps {
  multiple: true;
  value?: Id[];
  onChange?: (value: Id[]) => void;
}

const sameId = (a: Id, b: Id) => String(a) === String(b);

/**
 * Picks units by name, code or alias typed with or without Vietnamese marks. Values coming from a
 * URL are strings; they are matched to the unit's own id so the label shows either way.
 */
export function UnitSelect(props: SingleProps | MultipleProps) {
  const { data: units = [], isLoading } = useUnits();
  const options = useMemo<Option[]>(
    () =>
      units
        .filter((u) => !props.excludeIds?.some((id) => sameId(id, u.id)))
        .map((u) => ({ value: u.id, label: u.name, unit: u }))
        .sort((a, b) => a.label.localeCompare(b.label, 'vi')),
    [units, props.excludeIds],
  );
  const canonical = (id: Id): Id => units.find((u) => sameId(u.id, id))?.id ?? id;

  const common = {
    options,
    loading: isLoading,
    placeholder: props.placeholder ?? 'Chọn đơn vị',
    allowClear: props.allowClear ?? true,
    disabled: props.disabled,
    status: props.status,
    style: { minWidth: 200, ...props.style },
    id: props.id,
    'aria-label': props['aria-label'],
    showSearch: {
      filterOption: (input: string, option?: Option) =>
        !!option && matchesUnaccented(input, option.unit.name, option.unit.code, ...(option.unit.aliases ?? [])),
    },
    optionRender: (option: { data: Option }) => (
      <span>
        {option.data.unit.name}
        {option.data.unit.code ? <span style={{ color: TEXT_COLOR.secondary, marginLeft: 6 }}>{option.data.unit.code}</span> : null}
      </span>
    ),
    notFoundContent: 'Không có đơn vị phù hợp',
  };

  if (props.multiple) {
    const { onChange } = props;
    return <Select<Id[], Option> {...common} mode="multiple" value={(props.value ?? []).map(canonical)} onChange={(value) => onChange?.(value ?? [])} />;
  }
  const { onChange } = props;
  return (
    <Select<Id, Option>
      {...common}
      value={props.value === null || props.value === undefined ? undefined : canonical(props.value)}
      onChange={(value) => onChange?.(value ?? undefined)}
    />
  );
}
