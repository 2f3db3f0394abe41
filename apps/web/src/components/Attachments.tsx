import PaperClipOutlined from '@ant-design/icons/es/icons/PaperClipOutlined';
import UploadOutlined from '@ant-design/icons/es/icons/UploadOutlined';
import App from 'antd/es/app';
import Button from 'antd/es/button';
import Typography from 'antd/es/typography';
import Upload from 'antd/es/upload';
import type { UploadFile } from 'antd/es/upload';
import { useState } from 'react';
import { tasksApi } from '../api/endpoints';
import type { Id, TaskAttachment } from '../api/types';
import { describeError } from '../lib/apiError';
import { ACCEPT, formatFileSize, screenFiles } from '../lib/attachments';

/**
 * Files chosen for a report, kept in the form until it is sent (nothing uploads on its own). A
 * file the API would refuse is dropped at once, with the reason.
 */
export function AttachmentPicker({ value = [], onChange }: { value?: UploadFile[]; onChange?: (files: UploadFile[]) => void }) {
  const { message } = App.useApp();
  return (
    <Upload
      multiple
      accept={ACCEPT}
      fileList={value}
      beforeUpload={() => false}
      onChange={({ fileList }) => {
        const { accepted, problems } = screenFiles(fileList);
        for (const problem of problems) message.error(problem);
        onChange?.(accepted);
      }}
    >
      <Button icon={<UploadOutlined />}>Chọn tệp</Button>
    </Upload>
  );
}

/** The chosen files as the API takes them. */
export const chosenFiles = (files: UploadFile[] | undefined): File[] =>
  (files ?? []).map((f) => f.originFileObj).filter((f): f is NonNullable<UploadFile['originFileObj']> => !!f);

/** A file's name as a download (the request carries the sign-in token) and its size. */
export function AttachmentLink({ taskId, file }: { taskId: Id; file: TaskAttachment }) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    try {
      await tasksApi.downloadAttachment(taskId, file);
    } catch (error) {
      message.error(describeError(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <span data-attachment={file.name}>
      <Button
        type="link"
        size="small"
        icon={<PaperClipOutlined />}
        loading={busy}
        onClick={download}
        title={`Tải xuống ${file.name}`}
        style={{ padding: 0, height: 'auto', whiteSpace: 'normal', overflowWrap: 'anywhere', textAlign: 'left' }}
      >
        {file.name}
      </Button>
      <Typography.Text type="secondary" style={{ fontSize: 12, marginLeft: 6 }}>
        {formatFileSize(file.size)}
      </Typography.Text>
    </span>
  );
}
