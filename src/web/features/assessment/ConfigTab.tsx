/**
 * 考核配置: the weights, targets and grading bands in force, a change waiting for next month and
 * the history; the director edits (a change applies from the next month).
 */
import { Alert, Button, Card, Descriptions, Form, Input, InputNumber, Space, Table, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { BAND_NAMES, COMPONENT_NAMES, WEIGHTED, type AssessmentConfig } from '../../../domain/assessment';
import { can } from '../../app/access';
import { api } from '../../api/client';
import { useApiError } from '../../api/errors';
import { useMe } from '../../api/queries';
import { Loaded } from '../../components/Loaded';
import { formatTime } from '../../components/format';
import { assessmentKeys, type ConfigAnswer, type ConfigVersion } from './assessmentApi';

const TARGETS: Record<keyof AssessmentConfig['targets'], string> = {
  ticketsPerDay: '服务量目标（件/天）',
  serviceMinutes: '办理时长目标（分钟）',
  complaintPenalty: '每件查实投诉扣分',
  conductCap: '作风加减分每月上限',
};

function ConfigView({ config }: { config: AssessmentConfig }) {
  return (
    <Descriptions size="small" column={{ xs: 1, md: 2 }} bordered>
      {WEIGHTED.map((k) => (
        <Descriptions.Item key={k} label={`${COMPONENT_NAMES[k]}权重`}>
          {config.weights[k]}%
        </Descriptions.Item>
      ))}
      {(Object.keys(TARGETS) as (keyof typeof TARGETS)[]).map((k) => (
        <Descriptions.Item key={k} label={TARGETS[k]}>
          {config.targets[k]}
        </Descriptions.Item>
      ))}
      <Descriptions.Item label="分档线">
        {BAND_NAMES.excellent} ≥ {config.bands.excellent}，{BAND_NAMES.good} ≥ {config.bands.good}，{BAND_NAMES.pass} ≥ {config.bands.pass}
      </Descriptions.Item>
      <Descriptions.Item label="黄榜区间">合格线以上 {config.yellowMargin} 分内</Descriptions.Item>
    </Descriptions>
  );
}

export function ConfigTab() {
  const me = useMe().data;
  const client = useQueryClient();
  const onError = useApiError();
  const [form] = Form.useForm<{ config: AssessmentConfig; reason: string }>();
  const answer = useQuery({ queryKey: [...assessmentKeys.all, 'config'], queryFn: ({ signal }) => api.get<ConfigAnswer>('/assessment/config', undefined, signal) });
  const save = useMutation({
    mutationFn: (v: { config: AssessmentConfig; reason: string }) => api.put<ConfigAnswer>('/assessment/config', v),
    onSuccess: () => {
      form.setFieldValue('reason', '');
      void client.invalidateQueries({ queryKey: assessmentKeys.all });
    },
    onError: (e) => onError(e, form),
  });
  const num = (name: (string | number)[], label: string, max = 100) => (
    <Form.Item key={name.join('.')} name={name} label={label} rules={[{ required: true, message: '必填' }]} style={{ marginBottom: 8 }}>
      <InputNumber min={0} max={max} style={{ width: 120 }} data-testid={`assessment-config-${name.slice(1).join("-")}`} />
    </Form.Item>
  );
  return (
    <Loaded query={answer}>
      {(d) => (
        <Space direction="vertical" style={{ width: '100%' }} size="middle">
          <Card size="small" title={`${d.month} 施行的配置（${d.current.effectiveMonth ? `${d.current.effectiveMonth} 起` : '默认配置'}）`}>
            <ConfigView config={d.current.config} />
          </Card>
          {d.pending ? (
            <Card size="small" title={`待生效：${d.pending.effectiveMonth} 起（${d.pending.createdBy}，${formatTime(d.pending.createdAt)}：${d.pending.reason}）`} data-testid="assessment-config-pending">
              <ConfigView config={d.pending.config} />
            </Card>
          ) : null}
          {can(me, 'assessment.manage') ? (
            <Card size="small" title="修改配置">
              <Alert type="info" showIcon style={{ marginBottom: 12 }} title="修改自下月起生效，本月及以前月份仍按当时的配置计分；各项权重之和须为 100。" />
              <Form form={form} layout="inline" initialValues={{ config: d.pending?.config ?? d.current.config }} onFinish={(v) => save.mutate(v)}>
                {WEIGHTED.map((k) => num(['config', 'weights', k], `${COMPONENT_NAMES[k]}权重`))}
                {(Object.keys(TARGETS) as (keyof typeof TARGETS)[]).map((k) => num(['config', 'targets', k], TARGETS[k], k === 'serviceMinutes' ? 240 : k === 'ticketsPerDay' ? 500 : 100))}
                {(['excellent', 'good', 'pass'] as const).map((k) => num(['config', 'bands', k], `${BAND_NAMES[k]}线`))}
                {num(['config', 'yellowMargin'], '黄榜区间（分）', 50)}
                <Form.Item name="reason" label="修改理由" rules={[{ required: true, whitespace: true, message: '请填写理由' }]} style={{ width: '100%', marginTop: 8 }}>
                  <Input data-testid="assessment-config-reason" />
                </Form.Item>
                <Button type="primary" htmlType="submit" loading={save.isPending} style={{ marginTop: 8 }} data-testid="assessment-config-save">
                  保存（下月生效）
                </Button>
              </Form>
            </Card>
          ) : null}
          <Card size="small" title="配置历史">
            <Table<ConfigVersion>
              rowKey="effectiveMonth"
              size="small"
              pagination={false}
              dataSource={d.history}
              locale={{ emptyText: '一直使用默认配置' }}
              columns={[
                { title: '生效月份', dataIndex: 'effectiveMonth' },
                { title: '修改人', dataIndex: 'createdBy' },
                { title: '时间', dataIndex: 'createdAt', render: formatTime },
                { title: '理由', dataIndex: 'reason' },
                { title: '权重', render: (_, v) => <Typography.Text type="secondary">{WEIGHTED.map((k) => `${COMPONENT_NAMES[k]} ${v.config.weights[k]}`).join('，')}</Typography.Text> },
              ]}
            />
          </Card>
        </Space>
      )}
    </Loaded>
  );
}
