import ReloadOutlined from '@ant-design/icons/es/icons/ReloadOutlined';
import { useQuery } from '@tanstack/react-query';
import Button from 'antd/es/button';
import Col from 'antd/es/col';
import Empty from 'antd/es/empty';
import Flex from 'antd/es/flex';
import List from 'antd/es/list';
import Row from 'antd/es/row';
import Segmented from 'antd/es/segmented';
import Typography from 'antd/es/typography';
import { useState, type CSSProperties } from 'react';
import { adminApi } from '../../api/endpoints';
import type { CaughtMail } from '../../api/types';
import { ErrorState } from '../../components/ErrorState';
import { formatDateTime } from '../../lib/dates';

const recipients = (to: CaughtMail['to']) => (Array.isArray(to) ? to.join(', ') : to);

/** A list row that is a plain button: the whole row chooses the mail, the browser's focus ring shows. */
const MAIL_BUTTON: CSSProperties = {
  display: 'block',
  width: '100%',
  minWidth: 0,
  padding: '12px 8px',
  border: 0,
  background: 'transparent',
  font: 'inherit',
  color: 'inherit',
  textAlign: 'left',
  cursor: 'pointer',
};

/** Mail the system would have sent when no SMTP server is set, for trying reminders out. */
export function MailCatcherTab() {
  const { data = [], error, isLoading, isFetching, refetch } = useQuery({ queryKey: ['mail-catcher'], queryFn: adminApi.caughtMail });
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [view, setView] = useState<'html' | 'text'>('html');

  if (error) return <ErrorState error={error} onRetry={() => refetch()} />;

  const sorted = [...data].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
  const selected = sorted.find((m) => String(m.id) === selectedId) ?? sorted[0];

  return (
    <Row gutter={16}>
      <Col xs={24} md={9}>
        <Flex justify="space-between" align="center" style={{ marginBottom: 8 }}>
          <Typography.Text type="secondary">{data.length} thư</Typography.Text>
          <Button size="small" icon={<ReloadOutlined />} loading={isFetching} onClick={() => refetch()}>
            Tải lại
          </Button>
        </Flex>
        <List
          loading={isLoading}
          dataSource={sorted}
          locale={{ emptyText: <Empty description="Hộp thư trống" /> }}
          style={{ maxHeight: 600, overflow: 'auto', marginBottom: 16 }}
          renderItem={(mail) => (
            <List.Item key={String(mail.id)} style={{ padding: 0, background: selected?.id === mail.id ? '#e6f4ff' : undefined }}>
              {/* A button, so the list is worked from the keyboard as well as by pointer. */}
              <button
                type="button"
                onClick={() => setSelectedId(String(mail.id))}
                aria-current={selected?.id === mail.id ? 'true' : undefined}
                style={MAIL_BUTTON}
              >
                <Typography.Text strong ellipsis style={{ display: 'block' }}>
                  {mail.subject}
                </Typography.Text>
                <Typography.Text type="secondary" style={{ display: 'block', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
                  {recipients(mail.to)}
                </Typography.Text>
                <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                  {formatDateTime(mail.createdAt)}
                </Typography.Text>
              </button>
            </List.Item>
          )}
        />
      </Col>
      <Col xs={24} md={15}>
        {selected ? (
          <div>
            <Typography.Title level={5} style={{ marginTop: 0 }}>
              {selected.subject}
            </Typography.Title>
            <Typography.Paragraph type="secondary">
              Tới: {recipients(selected.to)} · {formatDateTime(selected.createdAt)}
            </Typography.Paragraph>
            <Segmented
              value={view}
              onChange={(v) => setView(v as 'html' | 'text')}
              options={[
                { value: 'html', label: 'HTML', disabled: !selected.html },
                { value: 'text', label: 'Văn bản thuần', disabled: !selected.text },
              ]}
              style={{ marginBottom: 8 }}
            />
            {view === 'html' && selected.html ? (
              // Mail content is untrusted: the API serves it under a policy of its own (its styles, no
              // scripts, nothing loaded), and the empty sandbox keeps it from reaching this page.
              <iframe
                title="Nội dung thư"
                src={`/api/mail-catcher/${selected.id}/html`}
                sandbox=""
                style={{ width: '100%', height: 600, border: '1px solid #f0f0f0', borderRadius: 6, background: '#fff' }}
              />
            ) : (
              <pre style={{ whiteSpace: 'pre-wrap', border: '1px solid #f0f0f0', borderRadius: 6, padding: 12, background: '#fff' }}>{selected.text ?? ''}</pre>
            )}
          </div>
        ) : (
          <Empty description="Chọn một thư để xem" />
        )}
      </Col>
    </Row>
  );
}
