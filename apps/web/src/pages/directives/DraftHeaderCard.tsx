import Card from 'antd/es/card';
import Col from 'antd/es/col';
import Input from 'antd/es/input';
import Row from 'antd/es/row';
import type { DirectiveDraft } from '../../api/types';
import { IsoDatePicker } from '../../components/IsoDatePicker';
import { headerKey } from '../../lib/draftMarks';
import { DraftField } from './DraftField';

interface DraftHeaderCardProps {
  draft: DirectiveDraft;
  onChange(patch: Partial<DirectiveDraft>): void;
  onFocusKey(key: string): void;
}

/** The notice's own particulars: type, number and symbol, date, issuer, summary and signer. */
export function DraftHeaderCard({ draft, onChange, onFocusKey }: DraftHeaderCardProps) {
  const headerFocus = (field: string) => ({ onFocus: () => onFocusKey(headerKey(field)) });
  return (
    <Card title="Thông tin văn bản" size="small" style={{ marginBottom: 16 }}>
      <Row gutter={12}>
        <Col xs={24} sm={8}>
          <DraftField label="Loại văn bản">
            <Input value={draft.docType ?? ''} onChange={(event) => onChange({ docType: event.target.value || null })} placeholder="Thông báo" />
          </DraftField>
        </Col>
        <Col xs={12} sm={8}>
          <DraftField label="Số">
            <Input
              value={draft.number ?? ''}
              onChange={(event) => onChange({ number: event.target.value || null })}
              placeholder="(để trống)"
              {...headerFocus('number')}
            />
          </DraftField>
        </Col>
        <Col xs={12} sm={8}>
          <DraftField label="Ký hiệu">
            <Input
              value={draft.symbol ?? ''}
              onChange={(event) => onChange({ symbol: event.target.value || null })}
              placeholder="TB-UBND"
              {...headerFocus('number')}
            />
          </DraftField>
        </Col>
        <Col xs={24} sm={8}>
          <DraftField label="Ngày văn bản" hint={draft.dateText ? `Trong văn bản: “${draft.dateText}”` : undefined}>
            <IsoDatePicker value={draft.date} onChange={(date) => onChange({ date })} placeholder="dd/mm/yyyy" {...headerFocus('date')} />
          </DraftField>
        </Col>
        <Col xs={24} sm={16}>
          <DraftField label="Cơ quan ban hành">
            <Input value={draft.issuer ?? ''} onChange={(event) => onChange({ issuer: event.target.value || null })} />
          </DraftField>
        </Col>
        <Col span={24}>
          <DraftField label="Trích yếu">
            <Input.TextArea
              value={draft.title ?? ''}
              onChange={(event) => onChange({ title: event.target.value || null })}
              autoSize={{ minRows: 2, maxRows: 5 }}
              {...headerFocus('title')}
            />
          </DraftField>
        </Col>
        <Col xs={24} sm={12}>
          <DraftField label="Người ký">
            <Input value={draft.signer ?? ''} onChange={(event) => onChange({ signer: event.target.value || null })} {...headerFocus('signer')} />
          </DraftField>
        </Col>
      </Row>
    </Card>
  );
}
