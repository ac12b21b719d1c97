/**
 * 核验身份 on the window page: the clerk checks the applicant's 居民身份证 or 营业执照 at the counter and
 * binds it to their account (POST /identity-verifications). Until then the account reuses only files
 * it uploaded itself and cannot change or renew licences.
 */
import { App, Button, Form, Input, Modal, Select } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../api/client';
import { useApiError } from '../../api/errors';

interface Values {
  username: string;
  document: 'id_card' | 'business_licence';
  number: string;
}

export function VerifyIdentityButton() {
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const showError = useApiError();
  const verify = useMutation({
    mutationFn: (v: Values) => api.post<{ verifiedAt: string }>('/identity-verifications', v),
    onSuccess: () => {
      message.success('已核验并绑定申请人身份');
      setOpen(false);
      form.resetFields();
    },
    onError: (e) => showError(e, form),
  });
  return (
    <>
      <Button icon={<SafetyCertificateOutlined />} onClick={() => setOpen(true)} data-testid="identity-verify-open">
        核验身份
      </Button>
      <Modal title="核验申请人身份" open={open} onCancel={() => setOpen(false)} onOk={() => form.submit()} okText="核验并绑定" confirmLoading={verify.isPending} destroyOnHidden>
        <p style={{ color: 'rgba(0,0,0,0.65)' }}>请查验证件原件：证件号码须与申请人账号注册时填写的一致。绑定后，该账号可复用本人历次办件材料、办理证照变更和延续。</p>
        <Form form={form} layout="vertical" initialValues={{ document: 'id_card' }} onFinish={(v) => verify.mutate(v)}>
          <Form.Item name="username" label="申请人用户名" rules={[{ required: true, whitespace: true, message: '请输入申请人的用户名' }]}>
            <Input data-testid="identity-username" autoComplete="off" />
          </Form.Item>
          <Form.Item name="document" label="查验的证件">
            <Select options={[{ value: 'id_card', label: '居民身份证' }, { value: 'business_licence', label: '营业执照' }]} data-testid="identity-document" />
          </Form.Item>
          <Form.Item name="number" label="证件上的号码" rules={[{ required: true, whitespace: true, message: '请输入身份证号或统一社会信用代码' }]}>
            <Input data-testid="identity-number" autoComplete="off" maxLength={18} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
