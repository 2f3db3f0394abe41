import { useEffect, useMemo, useRef, type CSSProperties } from 'react';
import { segmentText } from '../../lib/highlight';
import type { Mark } from '../../lib/highlight';
import type { MarkKind } from '../../lib/draftMarks';

const STYLE: Record<MarkKind, CSSProperties> = {
  header: { background: '#d9f7be' },
  assignment: { background: '#e6f4ff' },
  unresolved: { background: '#fff1f0', boxShadow: 'inset 0 -2px 0 #ff4d4f' },
  task: { background: '#fffbe6' },
  deadline: { background: '#ffd591', fontWeight: 600 },
};

export const MARK_LEGEND: Array<{ kind: MarkKind; label: string }> = [
  { kind: 'header', label: 'Số, ngày, trích yếu, người ký' },
  { kind: 'assignment', label: 'Đơn vị được giao' },
  { kind: 'unresolved', label: 'Chưa xác định đơn vị' },
  { kind: 'task', label: 'Nhiệm vụ' },
  { kind: 'deadline', label: 'Thời hạn' },
];

export function MarkSwatch({ kind }: { kind: MarkKind }) {
  return (
    <span style={{ ...STYLE[kind], display: 'inline-block', width: 14, height: 14, borderRadius: 3, border: '1px solid #d9d9d9', verticalAlign: 'middle' }} />
  );
}

interface SourceViewProps {
  text: string;
  marks: Mark<MarkKind>[];
  activeKey: string | null;
  onSelect(key: string): void;
  style?: CSSProperties;
}

/** The notice as pasted, with each part the parser read highlighted where it was found. */
export function SourceView({ text, marks, activeKey, onSelect, style }: SourceViewProps) {
  const segments = useMemo(() => segmentText(text, marks), [text, marks]);
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!activeKey || !container.current) return;
    const target = container.current.querySelector<HTMLElement>(`[data-mark-key~="${CSS.escape(activeKey)}"]`);
    if (!target) return;
    const box = container.current;
    const top = target.offsetTop - box.offsetTop;
    if (top < box.scrollTop || top > box.scrollTop + box.clientHeight - 40) box.scrollTo({ top: Math.max(0, top - 60), behavior: 'smooth' });
  }, [activeKey]);

  return (
    <div
      ref={container}
      role="region"
      aria-label="Văn bản gốc"
      // Scrolls on its own: reachable by keyboard to scroll it with the arrow keys.
      tabIndex={0}
      style={{
        whiteSpace: 'pre-wrap',
        wordBreak: 'break-word',
        fontFamily: '"Times New Roman", Times, serif',
        fontSize: 15,
        lineHeight: 1.6,
        padding: 12,
        border: '1px solid #f0f0f0',
        borderRadius: 6,
        background: '#fff',
        overflow: 'auto',
        position: 'relative',
        ...style,
      }}
    >
      {segments.map((segment) => {
        if (!segment.mark) return <span key={segment.start}>{segment.text}</span>;
        const keys = segment.marks.map((m) => m.key);
        const active = activeKey !== null && keys.includes(activeKey);
        const markKey = segment.mark.key;
        return (
          <mark
            key={segment.start}
            data-mark-key={keys.join(' ')}
            data-mark-kind={segment.mark.kind}
            onClick={() => onSelect(markKey)}
            style={{
              ...STYLE[segment.mark.kind],
              color: 'inherit',
              cursor: 'pointer',
              padding: 0,
              outline: active ? '2px solid #1677ff' : undefined,
              borderRadius: 2,
            }}
          >
            {segment.text}
          </mark>
        );
      })}
    </div>
  );
}
