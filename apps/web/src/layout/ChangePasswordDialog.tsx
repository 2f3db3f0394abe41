import App from 'antd/es/app';
import Form from 'antd/es/form';
import Input from 'antd/es/input';
import { authApi } from '../api/endpoints';
import { FormDialog } from '../components/FormDialog';
import { describeError } from '../lib/apiError';
import { passwordRules } from '../lib/password';

interface PasswordForm {
  currentPassword: string;
  newPassword: string;
  repeated: string;
}

/** Everyone changes their own password: the current one, then the new one twice. */
export function ChangePasswordDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const { message } = App.useApp();
  const submit = async (values: PasswordForm) => {
    try {
      await authApi.changePassword({ currentPassword: values.currentPassword, newPassword: values.newPassword });
      message.success('Đã đổi mật khẩu. Các phiên đăng nhập khác của bạn đã kết thúc.');
      onClose();
    } catch (error) {
      message.error(describeError(error));
      throw error;
    }
  };
  return (
    <FormDialog<PasswordForm> open={open} title="Đổi mật khẩu" okText="Đổi mật khẩu" onCancel={onClose} onSubmit={submit}>
      <Form.Item label="Mật khẩu hiện tại" name="currentPassword" rules={[{ required: true, message: 'Vui lòng nhập mật khẩu hiện tại.' }]}>
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <Form.Item label="Mật khẩu mới" name="newPassword" rules={passwordRules}>
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        label="Nhập lại mật khẩu mới"
        name="repeated"
        dependencies={['newPassword']}
        rules={[
          { required: true, message: 'Vui lòng nhập lại mật khẩu mới.' },
          ({ getFieldValue }) => ({
            validator: (_rule, value) =>
              !value || getFieldValue('newPassword') === value ? Promise.resolve() : Promise.reject(new Error('Hai lần nhập mật khẩu mới không giống nhau.')),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </FormDialog>
  );
}
