import { Injectable } from '@nestjs/common';

// Another replica's writes reach this one's dashboard within this time.
const TTL_MS = 10_000;

/**
 * The per-unit statistics aggregate every task, which a busy dashboard must not do once per
 * request: concurrent readers share one computation (single flight), the result is kept briefly,
 * and every task write in this process drops it at once.
 */
@Injectable()
export class StatsCache {
  private generation = 0;
  private readonly entries = new Map<string, { at: number; generation: number; value: Promise<unknown> }>();

  get<T>(key: string, compute: () => Promise<T>): Promise<T> {
    const now = Date.now();
    const hit = this.entries.get(key);
    if (hit && hit.generation === this.generation && now - hit.at < TTL_MS) return hit.value as Promise<T>;
    const value = compute();
    this.entries.set(key, { at: now, generation: this.generation, value });
    value.catch(() => this.entries.delete(key));
    if (this.entries.size > 500) this.entries.delete(this.entries.keys().next().value as string);
    return value;
  }

  /** Tasks changed: the next read computes afresh. */
  invalidate(): void {
    this.generation++;
    this.entries.clear();
  }
}
