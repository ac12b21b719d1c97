/**
 * Uploading the materials of a case from the applicant side (the applicant, or the clerk or
 * agent who files for them): one row per material with its state and files, an upload button
 * (PDF/JPEG/PNG, ≤ 10 MB), "使用已有材料" from the applicant's earlier cases, and 告知承诺 where
 * the catalog allows it. Used by the apply wizard, the 补正 notice and the 容缺 reminder.
 */
import { App, Button, DatePicker, Form, Modal, Select, Space, Typography, Upload } from 'antd';
import { SafetyCertificateOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import type { Dayjs } from 'dayjs';
import { useState, type ReactNode } from 'react';
import { useApiError } from '../../api/errors';
import { useServiceToday } from '../../api/queries';
import type { CaseMaterial, CaseView } from '../../api/types';
import { PlainList } from '../../components/PlainList';
import { dataTestId } from '../../components/testId';
import { MaterialFiles, MaterialNotes, MaterialStateTag, MaterialTitle } from './CaseBits';
import { actionBody, attachMaterial, useCaseAction, useReusableFiles, useStoreCase } from './casesApi';

const MAX_BYTES = 10 * 1024 * 1024;
const ACCEPT = '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png';
const TYPES = ['application/pdf', 'image/jpeg', 'image/png'];

/** The 告知承诺 dialog: the applicant promises the material and names when it may be checked. */
function CommitModal({ c, m, onClose }: { c: CaseView; m: CaseMaterial | null; onClose: () => void }) {
  const [form] = Form.useForm<{ checkDue: Dayjs }>();
  const today = useServiceToday();
  const act = useCaseAction(c.caseNo, onClose, onClose);
  return (
    <Modal
      open={m !== null}
      title="告知承诺"
      onCancel={onClose}
      destroyOnHidden
      okText="确认承诺"
      okButtonProps={{ loading: act.isPending, ...dataTestId('commit-confirm') }}
      onOk={() => form.submit()}
    >
      <Typography.Paragraph>
        本人承诺具备“{m?.name}”所证明的条件，以书面承诺代替该材料。承诺内容不实的，审批机关将依法撤销许可并记入信用记录。
      </Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ checkDue: today?.add(30, 'day') }}
        onFinish={(v) => m && act.mutate(actionBody('commit_promise', c.version, { materialCode: m.code, checkDue: v.checkDue.format('YYYY-MM-DD') }))}
      >
        <Form.Item name="checkDue" label="接受核查日期" rules={[{ required: true, message: '请选择日期' }]} extra="审批机关将在该日期前后核查承诺内容。">
          <DatePicker style={{ width: '100%' }} disabledDate={(d) => !today || !d.isAfter(today, 'day')} data-testid="commit-check-due" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** Upload, reuse and commit controls of one material. */
function MaterialControls({ c, m, canCommit, onCommit }: { c: CaseView; m: CaseMaterial; canCommit: boolean; onCommit: () => void }) {
  const { message } = App.useApp();
  const showError = useApiError();
  const store = useStoreCase();
  const reusable = useReusableFiles(c.caseNo);
  const attach = useMutation({
    mutationFn: (source: { file: File } | { fileId: string }) => attachMaterial(c.caseNo, m.code, source),
    onSuccess: (answer) => {
      store(answer);
      message.success({ content: `已上传：${m.name}`, key: 'material-upload' });
    },
    onError: (e) => showError(e),
  });
  // files that served as a material of the same name come first (codes are per item, names are not)
  const files = [...(reusable.data ?? [])].sort((a, b) => Number(b.materialName === m.name) - Number(a.materialName === m.name));
  return (
    <Space wrap size={[6, 6]} style={{ justifyContent: 'flex-end' }}>
      <span data-testid={`material-upload-${m.code}`} data-code={m.code}>
        <Upload
          accept={ACCEPT}
          showUploadList={false}
          disabled={attach.isPending}
          beforeUpload={(file) => {
            if (!(TYPES.includes(file.type) || (file.type === '' && /\.(pdf|jpe?g|png)$/i.test(file.name)))) message.error('只接受 PDF、JPEG、PNG 文件');
            else if (file.size > MAX_BYTES) message.error('文件不能超过 10 MB');
            else attach.mutate({ file });
            return Upload.LIST_IGNORE;
          }}
        >
          <Button size="small" icon={<UploadOutlined />} loading={attach.isPending} type={m.state === 'missing' || m.state === 'flagged' || m.state === 'pending' ? 'primary' : 'default'}>
            {m.files.length ? '重新上传' : '上传'}
          </Button>
        </Upload>
      </span>
      {files.length ? (
        <Select<string>
          size="small"
          style={{ width: 180 }}
          placeholder="使用已有材料"
          aria-label={`${m.name}：使用已有材料`}
          value={null}
          onChange={(fileId) => attach.mutate({ fileId })}
          options={files.map((f) => ({ value: f.fileId, label: `${f.materialName} · ${f.name}（${f.fromCase}）` }))}
          popupMatchSelectWidth={360}
          data-testid={`material-reuse-${m.code}`}
        />
      ) : null}
      {m.commitmentAllowed && canCommit && m.state !== 'committed' ? (
        <Button size="small" icon={<SafetyCertificateOutlined />} onClick={onCommit} data-testid={`material-commit-${m.code}`}>
          告知承诺
        </Button>
      ) : null}
    </Space>
  );
}

/** The rows of `materials` with their upload controls; `rowExtra` adds a control per row (e.g. 补齐 for 容缺). */
export function MaterialUploader({ c, materials, rowExtra }: { c: CaseView; materials: CaseMaterial[]; rowExtra?: (m: CaseMaterial) => ReactNode }) {
  const [committing, setCommitting] = useState<CaseMaterial | null>(null);
  const canCommit = c.allowedActions.includes('commit_promise');
  return (
    <>
      <PlainList
        items={materials}
        rowKey={(m) => m.code}
        testId="upload-list"
        empty="无需上传材料"
        render={(m) => (
          <div data-testid="upload-row" data-code={m.code} data-state={m.state}>
            <MaterialTitle m={m} index={materials.indexOf(m)} />
            <MaterialNotes c={c} code={m.code} />
            <MaterialFiles caseNo={c.caseNo} files={m.files} latestOnly />
          </div>
        )}
        extra={(m) => (
          <Space orientation="vertical" align="end" size={4} style={{ maxWidth: '100%' }}>
            <MaterialStateTag state={m.state} />
            <MaterialControls c={c} m={m} canCommit={canCommit} onCommit={() => setCommitting(m)} />
            {rowExtra?.(m)}
          </Space>
        )}
      />
      <CommitModal c={c} m={committing} onClose={() => setCommitting(null)} />
    </>
  );
}
