import data from '../data/official-days-off.json';
import type { IsoDate } from './dates';
import type { CalendarOverrides } from './working-calendar';

export interface OfficialSource {
  title: string;
  url: string;
  /** The holidays of the year it announced. */
  covers: string;
}

/** A year's announced calendar for civil servants: weekdays off, weekend days worked, and where it was announced. */
export interface OfficialYear {
  year: number;
  sources: OfficialSource[];
  daysOff: { date: IsoDate; name: string }[];
  workingDays: { date: IsoDate; name: string }[];
  /** Holidays of the year with no announcement yet. */
  missing: string[];
}

/** The announced calendars shipped with dondoc (data/official-days-off.json), oldest year first. */
export const OFFICIAL_YEARS: readonly OfficialYear[] = Object.entries(data.years)
  .map(([year, y]) => ({ year: Number(year), sources: y.sources, daysOff: y.daysOff, workingDays: y.workingDays, missing: y.missing }))
  .sort((a, b) => a.year - b.year);

/** The shipped calendars as overrides of the rule, for code that has no database (the parser's command line, tests). */
export function officialOverrides(years: readonly OfficialYear[] = OFFICIAL_YEARS): CalendarOverrides {
  return {
    daysOff: years.flatMap((y) => y.daysOff),
    workingDays: years.flatMap((y) => y.workingDays.map((d) => d.date)),
    officialYears: years.map((y) => y.year),
  };
}
