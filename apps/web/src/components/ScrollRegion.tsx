import type { ReactNode } from 'react';

/**
 * A table wider than a phone, in a named region that takes keyboard focus, so it scrolls with the
 * arrow keys too (WCAG 2.1.1). antd's own scroll box cannot be focused; a table whose rows hold a
 * link or a button needs none of this, since tabbing to them scrolls it.
 */
export function ScrollRegion({ label, minWidth, children }: { label: string; minWidth: number; children: ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} style={{ overflowX: 'auto' }}>
      <div style={{ minWidth }}>{children}</div>
    </div>
  );
}
