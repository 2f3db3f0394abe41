import Form from 'antd/es/form';
import type { FormInstance } from 'antd/es/form';
import Modal from 'antd/es/modal';
import { useState, type ReactNode } from 'react';

interface FormDialogProps<T> {
  open: boolean;
  title: ReactNode;
  okText: string;
  danger?: boolean;
  initialValues?: Partial<T>;
  onCancel(): void;
  /** Resolves to close the dialog; a rejection keeps it open so the person can correct and retry. */
  onSubmit(values: T): Promise<unknown>;
  children: ReactNode | ((form: FormInstance<T>) => ReactNode);
  width?: number;
}

/**
 * A modal with a vertical form: validates, submits, and shows the spinner while the API works.
 * Each opening starts a new form: a form's store outlives its fields and would otherwise show the
 * values of the record opened before instead of `initialValues`.
 */
export function FormDialog<T extends object>(props: FormDialogProps<T>) {
  const [opening, setOpening] = useState(0);
  const [wasOpen, setWasOpen] = useState(props.open);
  if (props.open !== wasOpen) {
    setWasOpen(props.open);
    if (props.open) setOpening(opening + 1);
  }
  return <FormDialogOpening<T> key={opening} {...props} />;
}

function FormDialogOpening<T extends object>(props: FormDialogProps<T>) {
  const [form] = Form.useForm<T>();
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    let values: T;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    setBusy(true);
    try {
      await props.onSubmit(values);
    } catch {
      // The caller has already told the person what went wrong.
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={props.open}
      title={props.title}
      okText={props.okText}
      cancelText="Hủy bỏ"
      okButtonProps={{ danger: props.danger, loading: busy }}
      onOk={submit}
      onCancel={props.onCancel}
      destroyOnHidden
      width={props.width}
    >
      <Form<T> form={form} layout="vertical" initialValues={props.initialValues} preserve={false}>
        {typeof props.children === 'function' ? props.children(form) : props.children}
      </Form>
    </Modal>
  );
}
