/**
 * 收费对账 (`/admin/fees`, the finance officer): import the payment platform's daily statement
 * (fetched from the platform, or a CSV file pasted), then the findings — refused callbacks and
 * mismatches (paid but not recorded, recorded but not paid, amount differs) — each worked by
 * querying the platform's order or confirming after a check by hand. On a phone: cards.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, DatePicker, Form, Input, List, Modal, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useScreens } from '../../components/screens';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { api } from '../../api/client';
import { useApiError } from '../../api/errors';
import { useServiceClock } from '../../api/queries';
import type { Ok } from '../../api/types';
import { CASE_STATUSES, type CaseStatus } from '../../../domain/case';
import { formatYuan } from '../../../domain/fees';
import { RefundButton, REFUNDS_DUE } from './RefundButton';
import { PageHeader } from '../../components/PageHeader';
import { formatTime } from '../../components/format';

type Flag = Ok<'getFeesFlags'>['items'][number];
type Imported = Ok<'postFeesStatements'>;
const FLAGS = ['fees', 'flags'] as const;
const yuan = (f: number | null) => (f === null ? '—' : formatYuan(f));

function ResolveButtons({ f }: { f: Flag }) {
  const qc = useQueryClient();
  const onError = useApiError();
  const [open, setOpen] = useState<'requery' | 'confirm' | null>(null);
  const [note, setNote] = useState('');
  const resolve = useMutation({
    mutationFn: (action: 'requery' | 'confirm') => api.post(`/fees/flags/${f.id}/resolve`, { action, note }),
    onSuccess: () => {
      setOpen(null);
      void qc.invalidateQueries({ queryKey: FLAGS });
    },
    onError: (e) => onError(e),
  });
  if (f.resolvedAt) return <Typography.Text type="secondary">{`${f.resolution ?? ''}：${f.note ?? ''}`}</Typography.Text>;
  return (
    <>
      <Space wrap>
        {f.assessmentId ? (
          <Button size="small" onClick={() => setOpen('requery')} data-testid="flag-requery">
            查询订单补记
          </Button>
        ) : null}
        <Button size="small" type="primary" onClick={() => setOpen('confirm')} data-testid="flag-confirm">
          核实关闭
        </Button>
      </Space>
      <Modal open={open !== null} title={open === 'requery' ? '向平台查询订单并补记' : '人工核实后关闭'} okText="确定" cancelText="取消" onCancel={() => setOpen(null)} onOk={() => open && resolve.mutate(open)} confirmLoading={resolve.isPending}>
        <Input.TextArea rows={3} placeholder="处理说明（必填）" value={note} onChange={(e) => setNote(e.target.value)} data-testid="flag-note" />
      </Modal>
    </>
  );
}

/** The finance officer's page. */
export default function FinancePage() {
  const qc = useQueryClient();
  const onError = useApiError();
  const screens = useScreens();
  const [form] = Form.useForm<{ day: dayjs.Dayjs; csv?: string }>();
  const [result, setResult] = useState<Imported | null>(null);
  const clock = useServiceClock();
  // the statement day defaults to the service clock's today (Shanghai), not the browser's
  useEffect(() => {
    if (clock.data && !form.isFieldTouched('day')) form.setFieldValue('day', dayjs(clock.data.today));
  }, [clock.data, form]);
  const flags = useQuery({ queryKey: FLAGS, queryFn: () => api.get<Ok<'getFeesFlags'>>('/fees/flags') });
  const importIt = useMutation({
    mutationFn: (v: { day: dayjs.Dayjs; csv?: string }) => api.post<Imported>('/fees/statements', { day: v.day.format('YYYY-MM-DD'), ...(v.csv?.trim() ? { csv: v.csv } : {}) }),
    onSuccess: (r) => {
      setResult(r);
      void qc.invalidateQueries({ queryKey: FLAGS });
    },
    onError: (e) => onError(e, form),
  });
  const items = flags.data?.items ?? [];
  const columns: TableColumnsType<Flag> = [
    { title: '差异', dataIndex: 'kindName', render: (v: string, f) => <Tag color={f.resolvedAt ? 'default' : 'red'}>{v}</Tag> },
    { title: '对账日', dataIndex: 'statementDay', render: (v: string | null) => v ?? '—' },
    { title: '订单号', dataIndex: 'orderNo', render: (v: string | null, f) => <span>{v ?? '—'}{f.caseNo ? <div><a href={`/admin/cases/${f.caseNo}`}>{f.caseNo}</a></div> : null}</span> },
    { title: '平台金额', dataIndex: 'statementFen', render: yuan },
    { title: '本系统金额', dataIndex: 'recordedFen', render: yuan },
    { title: '说明', dataIndex: 'detail' },
    { title: '发现时间', dataIndex: 'createdAt', render: (v: string) => formatTime(v) },
    { title: '处理', key: 'actions', render: (_: unknown, f) => <ResolveButtons f={f} /> },
  ];
  return (
    <div data-testid="finance-page">
      <PageHeader title="收费对账" />
      <Card size="small" title="导入日对账单" style={{ marginBottom: 16 }}>
        <Form form={form} layout={screens.md ? 'inline' : 'vertical'} onFinish={(v) => importIt.mutate(v)}>
          <Form.Item name="day" label="对账日期" rules={[{ required: true, message: '请选择日期' }]}>
            <DatePicker data-testid="statement-day" />
          </Form.Item>
          <Form.Item name="csv" label="对账单 CSV（留空则向平台获取）" style={{ minWidth: screens.md ? 420 : undefined }}>
            <Input.TextArea rows={2} placeholder="day,orderNo,payCode,amount,paidAt,tradeNo,receiptNo" data-testid="statement-csv" />
          </Form.Item>
          <Form.Item>
            <Button type="primary" htmlType="submit" loading={importIt.isPending} disabled={!clock.data} data-testid="statement-import">
              导入并核对
            </Button>
          </Form.Item>
        </Form>
        {result ? (
          <Alert
            style={{ marginTop: 12 }}
            type={result.mismatches ? 'warning' : 'success'}
            showIcon
            data-testid="statement-result"
            title={`${result.day}：对账单 ${result.lines} 笔，合计 ${formatYuan(result.totalFen)}；一致 ${result.matched} 笔，差异 ${result.mismatches} 项`}
          />
        ) : null}
      </Card>
      <Card size="small" title={`对账差异和被拒回调（未处理 ${items.filter((f) => !f.resolvedAt).length} 项）`}>
        {screens.md ? (
          <Table rowKey="id" size="small" columns={columns} dataSource={items} loading={flags.isLoading} pagination={{ pageSize: 20 }} data-testid="flags-table" />
        ) : (
          <List
            dataSource={items}
            data-testid="flags-table"
            renderItem={(f) => (
              <List.Item key={f.id}>
                <Space orientation="vertical" size={2} style={{ width: '100%' }}>
                  <Space wrap>
                    <Tag color={f.resolvedAt ? 'default' : 'red'}>{f.kindName}</Tag>
                    <Typography.Text>{f.orderNo ?? '—'}</Typography.Text>
                  </Space>
                  <Typography.Text type="secondary">{`平台 ${yuan(f.statementFen)} · 本系统 ${yuan(f.recordedFen)} · ${f.detail}`}</Typography.Text>
                  <ResolveButtons f={f} />
                </Space>
              </List.Item>
            )}
          />
        )}
      </Card>
      <RefundsDue />
    </div>
  );
}

/** 待退费: paid fees of cases withdrawn (or ended for not paying), not accepted or refused, each with its refund button. */
function RefundsDue() {
  const due = useQuery({ queryKey: REFUNDS_DUE, queryFn: () => api.get<Ok<'getFeesRefundsDue'>>('/fees/refunds-due') });
  const items = due.data?.items ?? [];
  return (
    <Card size="small" title={`待退费（${items.length} 笔）`} style={{ marginTop: 16 }} data-testid="refunds-due">
      <List
        dataSource={items}
        loading={due.isLoading}
        locale={{ emptyText: '没有待退费的收费' }}
        renderItem={(a) => (
          <List.Item key={a.id} actions={[<RefundButton key="refund" fee={a} />]} data-testid="refund-due">
            <List.Item.Meta
              title={
                <Space wrap>
                  <a href={`/admin/cases/${a.caseNo}`}>{a.caseNo}</a>
                  <span>{a.feeName}</span>
                  <Tag>{CASE_STATUSES[a.caseStatus as CaseStatus] ?? a.caseStatus}</Tag>
                </Space>
              }
              description={`已缴 ${formatYuan(a.paidFen ?? a.dueFen)}${a.receiptNo ? ` · 电子票据 ${a.receiptNo}` : ''}${a.paidAt ? ` · ${formatTime(a.paidAt)} 缴纳` : ''}`}
            />
          </List.Item>
        )}
      />
    </Card>
  );
}
