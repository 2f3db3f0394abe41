import DatePicker from 'antd/es/date-picker';
import dayjs from 'dayjs';
import type { ReportPeriod } from '../../api/endpoints';
import { DISPLAY_DATE_FORMAT } from '../../lib/dates';
import type { PeriodDates } from './useReportPeriod';

interface PeriodFiltersProps {
  period: ReportPeriod;
  onChange(dates: PeriodDates): void;
}

/** Which tasks are counted (assigned between two days) and as of which day. */
export function PeriodFilters({ period: { from, to, asOf }, onChange }: PeriodFiltersProps) {
  return (
    <>
      <DatePicker.RangePicker
        value={[from ? dayjs(from) : null, to ? dayjs(to) : null]}
        format={DISPLAY_DATE_FORMAT}
        allowEmpty={[true, true]}
        placeholder={['Từ ngày', 'Đến ngày']}
        onChange={(dates) => {
          const [start, end] = dates ?? [null, null];
          onChange({ from: start, to: end });
        }}
      />
      <DatePicker
        aria-label="Tính đến ngày"
        value={asOf ? dayjs(asOf) : null}
        format={DISPLAY_DATE_FORMAT}
        placeholder="Tính đến ngày (hôm nay)"
        disabledDate={(day) => day.isAfter(dayjs(), 'day')}
        onChange={(day) => onChange({ asOf: day })}
      />
    </>
  );
}
