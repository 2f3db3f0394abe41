import { DISTRICT_UNITS } from '../../../../apps/api/src/seed/district';
import type { UnitRef } from '../types';

/**
 * The units the parser's tests resolve against: the demo district that `npm run seed:demo` puts
 * in the database, so a test passes only if the product would read the text the same way. Ids
 * are stable strings made from the codes.
 */
export const SEED_UNITS: UnitRef[] = DISTRICT_UNITS.map(({ code, name, kind, aliases }) => ({
  id: `unit-${code.toLowerCase()}`,
  code,
  name,
  kind,
  aliases,
}));

/** The seed's units as the parser takes them (a fresh copy: the parser caches by identity). */
export function seedUnits(): UnitRef[] {
  return SEED_UNITS.map((u) => ({ ...u, aliases: [...u.aliases] }));
}

export function unitIdByName(name: string): string {
  const unit = SEED_UNITS.find((x) => x.name === name);
  if (!unit) throw new Error(`No seed unit named ${name}`);
  return unit.id;
}

export function unitNameById(id: string | null): string | null {
  return SEED_UNITS.find((u) => u.id === id)?.name ?? null;
}

/**
 * The three ways every fixture is read: against the seed's units (with the standard names under
 * them, as the product runs); against the standard names alone (an office that has entered no
 * units yet); and against nothing at all (the parser's own rules, no names known).
 */
export type UnitMode = 'seed' | 'standard' | 'none';
export const UNIT_MODES: UnitMode[] = ['seed', 'standard', 'none'];

export function unitOptions(mode: UnitMode): { units: UnitRef[]; standardNames: boolean } {
  return { units: mode === 'seed' ? seedUnits() : [], standardNames: mode !== 'none' };
}
