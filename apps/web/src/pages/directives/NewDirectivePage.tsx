import FileSearchOutlined from '@ant-design/icons/es/icons/FileSearchOutlined';
import UploadOutlined from '@ant-design/icons/es/icons/UploadOutlined';
import Alert from 'antd/es/alert';
import Button from 'antd/es/button';
import Card from 'antd/es/card';
import DatePicker from 'antd/es/date-picker';
import Flex from 'antd/es/flex';
import Input from 'antd/es/input';
import Typography from 'antd/es/typography';
import Upload from 'antd/es/upload';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { directivesApi } from '../../api/endpoints';
import type { DirectiveDraft } from '../../api/types';
import { PageHeader } from '../../components/PageHeader';
import { RequireRole } from '../../components/RequireRole';
import { useConfirmDiscard } from '../../components/UnsavedChanges';
import { describeError } from '../../lib/apiError';
import { DISPLAY_DATE_FORMAT } from '../../lib/dates';
import { DraftWorkbench } from './DraftWorkbench';

const ACCEPTED = '.docx,.pdf,.txt';

function ParseStep({ onParsed }: { onParsed(draft: DirectiveDraft): void }) {
  const [text, setText] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [date, setDate] = useState<Dayjs | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const parse = async () => {
    setError(null);
    setBusy(true);
    try {
      const isoDate = date ? date.format('YYYY-MM-DD') : undefined;
      const draft = file ? await directivesApi.parseFile(file, isoDate) : await directivesApi.parseText(text, isoDate);
      // The server may normalise the text (page breaks, quotes); ranges point into what it returns.
      onParsed({ ...draft, sourceText: draft.sourceText ?? text });
    } catch (error) {
      setError(describeError(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card>
      <Typography.Paragraph type="secondary">
        Dán toàn văn thông báo kết luận, chỉ thị hoặc công văn vào ô dưới đây, hoặc tải lên tệp .docx / .pdf / .txt, rồi bấm “Phân tích”. Hệ thống sẽ tách số,
        ngày, trích yếu, các đơn vị được giao và từng nhiệm vụ kèm thời hạn để bạn kiểm tra lại.
      </Typography.Paragraph>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Input.TextArea
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          if (event.target.value) setFile(null);
        }}
        disabled={!!file}
        placeholder="Dán nội dung văn bản tại đây..."
        autoSize={{ minRows: 12, maxRows: 30 }}
        aria-label="Nội dung văn bản"
        style={{ fontFamily: '"Times New Roman", Times, serif', fontSize: 15 }}
      />
      <Flex gap={12} wrap align="center" style={{ marginTop: 12 }}>
        <Upload
          accept={ACCEPTED}
          maxCount={1}
          beforeUpload={(file) => {
            setFile(file);
            setText('');
            return false;
          }}
          onRemove={() => setFile(null)}
          fileList={file ? [{ uid: 'notice', name: file.name, status: 'done' }] : []}
        >
          <Button icon={<UploadOutlined />}>Tải tệp lên (.docx, .pdf, .txt)</Button>
        </Upload>
        <DatePicker value={date} onChange={setDate} format={DISPLAY_DATE_FORMAT} placeholder="Ngày văn bản (nếu để trống)" style={{ width: 240 }} />
        <Button type="primary" icon={<FileSearchOutlined />} onClick={parse} loading={busy} disabled={!file && !text.trim()}>
          Phân tích
        </Button>
      </Flex>
    </Card>
  );
}

export default function NewDirectivePage() {
  const [draft, setDraft] = useState<DirectiveDraft | null>(null);
  const [dirty, setDirty] = useState(false);
  const confirmDiscard = useConfirmDiscard();
  const anotherNotice = () => (dirty ? confirmDiscard(() => setDraft(null)) : setDraft(null));
  return (
    <RequireRole roles={['clerk', 'admin']} title="Nhập văn bản chỉ đạo">
      <PageHeader
        title="Nhập văn bản chỉ đạo"
        subtitle={draft ? 'Kiểm tra kết quả phân tích, sửa nếu cần, rồi lưu nháp và ban hành.' : undefined}
        extra={draft ? <Button onClick={anotherNotice}>Phân tích văn bản khác</Button> : undefined}
      />
      {draft ? <DraftWorkbench initial={draft} onDirtyChange={setDirty} /> : <ParseStep onParsed={setDraft} />}
    </RequireRole>
  );
}
