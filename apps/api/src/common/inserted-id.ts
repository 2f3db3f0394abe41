import type { InsertResult } from 'typeorm';

/** The id of the one row an insert wrote, which TypeORM hands back among its `identifiers`. */
export function insertedId(result: InsertResult): string {
  const id: unknown = result.identifiers[0]?.id;
  if (typeof id !== 'string') throw new Error('The insert returned no id');
  return id;
}
