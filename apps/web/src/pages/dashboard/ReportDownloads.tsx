import FileExcelOutlined from '@ant-design/icons/es/icons/FileExcelOutlined';
import FileWordOutlined from '@ant-design/icons/es/icons/FileWordOutlined';
import App from 'antd/es/app';
import Button from 'antd/es/button';
import { useState } from 'react';
import { reportsApi, type ReportPeriod } from '../../api/endpoints';
import { describeError } from '../../lib/apiError';

type ReportFormat = 'xlsx' | 'docx';

/** The report of the period chosen, as a spreadsheet or a document. */
export function ReportDownloads({ period }: { period: ReportPeriod }) {
  const { message } = App.useApp();
  const [downloading, setDownloading] = useState<ReportFormat | null>(null);

  const download = async (format: ReportFormat) => {
    setDownloading(format);
    try {
      await reportsApi.download(format, period);
    } catch (error) {
      message.error(describeError(error));
    } finally {
      setDownloading(null);
    }
  };

  return (
    <>
      <Button icon={<FileExcelOutlined />} loading={downloading === 'xlsx'} onClick={() => download('xlsx')}>
        Tải báo cáo Excel
      </Button>
      <Button icon={<FileWordOutlined />} loading={downloading === 'docx'} onClick={() => download('docx')}>
        Tải báo cáo Word
      </Button>
    </>
  );
}
