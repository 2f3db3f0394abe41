import data from '../data/unit-names.json';
import type { UnitKind } from './types';

/** A government body as the standard-names data file lists it. */
export interface StandardName {
  name: string;
  level: 'province' | 'district' | 'commune' | 'any';
  kind: UnitKind;
  abbreviations: string[];
  aliases: string[];
  since: string | null;
  until: string | null;
}

export const STANDARD_NAMES: readonly StandardName[] = (data as { units: StandardName[] }).units;
