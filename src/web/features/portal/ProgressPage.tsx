/**
 * `/progress` (no login): the public progress lookup. Case number + query code →
 * `GET /public/cases/:caseNo?code=` → status, clock and timeline, masked by the server.
 * The query is in the URL (`?caseNo=&code=`), so the applicant's case page can link here.
 */
import { Button, Card, Form, Input, Space, Typography } from 'antd';
import { SearchOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router-dom';
import { api } from '../../api/client';
import { ErrorAlert } from '../../api/errors';
import type { CaseView } from '../../api/types';
import { PageHeader } from '../../components/PageHeader';
import { CaseStatusTag } from '../cases/CaseBits';
import { CaseColumns, ClockPanel, TimelinePanel } from '../cases/CaseLayout';
import { DecisionNotice } from '../cases/CaseNotices';

interface LookupValues {
  caseNo: string;
  code: string;
}

const CASE_NO = /^TA\d{4}-\d{6}$/;

function Progress({ c }: { c: CaseView }) {
  return (
    <div data-testid="progress-result" data-status={c.status}>
      <Card size="small" style={{ marginBottom: 16 }}>
        <Space wrap size={[12, 4]}>
          <Typography.Title level={2} style={{ margin: 0, fontSize: 18 }} data-testid="progress-item">
            {c.itemName}
          </Typography.Title>
          <CaseStatusTag status={c.status} />
          <Typography.Text type="secondary">办件编号 {c.caseNo}</Typography.Text>
          <Typography.Text type="secondary">申请人 {c.applicant.name}</Typography.Text>
        </Space>
      </Card>
      <DecisionNotice c={c} />
      <CaseColumns left={<ClockPanel c={c} />} right={<TimelinePanel c={c} />} />
    </div>
  );
}

/** The lookup form and its answer. */
export default function ProgressPage() {
  const [params, setParams] = useSearchParams();
  const caseNo = (params.get('caseNo') ?? '').trim().toUpperCase();
  const code = (params.get('code') ?? '').trim().toUpperCase();
  const ready = CASE_NO.test(caseNo) && code.length >= 4;
  const result = useQuery({
    queryKey: ['public', 'cases', caseNo, code],
    queryFn: ({ signal }) => api.get<CaseView>(`/public/cases/${encodeURIComponent(caseNo)}`, { code }, signal),
    enabled: ready,
    staleTime: 0,
  });
  return (
    <div style={{ maxWidth: 1080, margin: '0 auto' }}>
      <PageHeader title="办件进度查询" />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
          输入办件编号和查询码（提交申请后显示在“我的办件”中，窗口受理时也会告知），无需登录即可查看办理进度。姓名等个人信息已脱敏。
        </Typography.Paragraph>
        <Form<LookupValues>
          layout="inline"
          initialValues={{ caseNo, code }}
          onFinish={(v) => setParams({ caseNo: v.caseNo.trim().toUpperCase(), code: v.code.trim().toUpperCase() })}
          data-testid="progress-form"
          style={{ rowGap: 8 }}
        >
          <Form.Item name="caseNo" label="办件编号" rules={[{ required: true, message: '请输入办件编号' }, { pattern: /^\s*TA\d{4}-\d{6}\s*$/i, message: '格式如 TA2026-000123' }]}>
            <Input placeholder="TA2026-000123" style={{ width: 180 }} data-testid="progress-case-no" autoComplete="off" />
          </Form.Item>
          <Form.Item name="code" label="查询码" rules={[{ required: true, message: '请输入查询码' }, { min: 4, message: '查询码为 6 位' }]}>
            <Input placeholder="6 位查询码" style={{ width: 130 }} maxLength={12} data-testid="progress-code" autoComplete="off" />
          </Form.Item>
          <Form.Item>
            <Button type="primary" htmlType="submit" icon={<SearchOutlined />} loading={result.isFetching} data-testid="progress-submit">
              查询
            </Button>
          </Form.Item>
        </Form>
      </Card>
      <ErrorAlert error={result.error} testId="progress-error" />
      {result.data ? <Progress c={result.data} /> : null}
    </div>
  );
}
