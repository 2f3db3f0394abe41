import DatePicker from 'antd/es/date-picker';
import dayjs from 'dayjs';
import { DISPLAY_DATE_FORMAT } from '../lib/dates';

interface IsoDatePickerProps {
  /** `YYYY-MM-DD`, or nothing for no day. */
  value: string | null | undefined;
  onChange: (value: string | null) => void;
  placeholder?: string;
  onFocus?: () => void;
}

/** A day picked as people read it (dd/mm/yyyy) and held as the API writes it (`YYYY-MM-DD`), as a draft keeps its dates. */
export function IsoDatePicker({ value, onChange, placeholder, onFocus }: IsoDatePickerProps) {
  return (
    <DatePicker
      value={value ? dayjs(value) : null}
      onChange={(day) => onChange(day ? day.format('YYYY-MM-DD') : null)}
      format={DISPLAY_DATE_FORMAT}
      placeholder={placeholder}
      onFocus={onFocus}
      style={{ width: '100%' }}
    />
  );
}
