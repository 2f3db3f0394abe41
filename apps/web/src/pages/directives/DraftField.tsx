import type { CSSProperties, ReactNode } from 'react';
import { TEXT_COLOR } from '../../theme';

/** A labelled field of the draft editor, with the parser's reading or a note under it. */
export function DraftField({ label, children, hint }: { label: string; children: ReactNode; hint?: ReactNode }) {
  return (
    <label style={{ display: 'block', marginBottom: 12 }}>
      <div style={{ marginBottom: 4, fontWeight: 500 }}>{label}</div>
      {children}
      {hint ? <div style={{ fontSize: 12, color: TEXT_COLOR.secondary, marginTop: 2 }}>{hint}</div> : null}
    </label>
  );
}

/** The ring around the part of the draft that the source text's highlight points at. */
export function activeStyle(active: boolean): CSSProperties | undefined {
  return active ? { boxShadow: '0 0 0 2px #1677ff' } : undefined;
}
