import type { CSSProperties } from 'react';
import type { TaskStatus } from '../api/types';

const track: CSSProperties = { flex: 1, height: 6, borderRadius: 3, background: 'rgba(0,0,0,.06)', overflow: 'hidden' };

/**
 * A task's progress in a list row: a bar and its percent in plain elements. antd's Progress does
 * the same with more machinery per instance, which a page of 50 rows pays for on every render.
 */
export function ProgressBar({ percent, status }: { percent: number; status: TaskStatus }) {
  const value = Math.max(0, Math.min(100, Math.round(percent)));
  // Green is for accepted work: a full bar on work still open (sent back, or not yet submitted) stays blue.
  const color = status === 'done' ? '#52c41a' : '#1677ff';
  return (
    <div
      role="progressbar"
      aria-label="Tiến độ"
      aria-valuenow={value}
      aria-valuemin={0}
      aria-valuemax={100}
      style={{ display: 'flex', alignItems: 'center', gap: 8 }}
    >
      <div style={track}>
        <div style={{ width: `${value}%`, height: '100%', background: color }} />
      </div>
      <span style={{ fontSize: 12, color: 'rgba(0,0,0,.65)', minWidth: 32, textAlign: 'right' }}>{value}%</span>
    </div>
  );
}
