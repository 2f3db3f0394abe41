import type { Dayjs } from 'dayjs';
import { useSearchParams } from 'react-router';
import type { ReportPeriod } from '../../api/endpoints';
import { isIsoDate } from '../../lib/dates';

/** Days to set in the period; null clears one. */
export type PeriodDates = Partial<Record<keyof ReportPeriod, Dayjs | null>>;

const dateParam = (params: URLSearchParams, name: keyof ReportPeriod) => {
  const value = params.get(name);
  return isIsoDate(value) ? value : undefined;
};

/**
 * The dashboard's period, kept in the address so a report can be linked to and made again: tasks
 * assigned from `from` to `to`, counted at the end of `asOf` ("tính đến ngày"; today when absent).
 */
export function useReportPeriod() {
  const [params, setParams] = useSearchParams();
  const period: ReportPeriod = { from: dateParam(params, 'from'), to: dateParam(params, 'to'), asOf: dateParam(params, 'asOf') };
  const setDates = (dates: PeriodDates) => {
    const next = new URLSearchParams(params);
    for (const [name, day] of Object.entries(dates)) {
      if (day) next.set(name, day.format('YYYY-MM-DD'));
      else next.delete(name);
    }
    setParams(next, { replace: true });
  };
  return { period, setDates };
}
