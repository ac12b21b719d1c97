/**
 * `/admin/calendar` (工作日历): the working calendar month by month — workdays, weekends, statutory
 * holidays (provisional ones marked while the year's notice is not in), make-up working days and
 * the bureau's own overrides — the years' notices (NoticeCard) and the overrides themselves
 * (`GET /calendar/overrides`), set with `PUT /calendar/overrides/:date` and removed with `DELETE`.
 * Every time limit is counted on this calendar: a year without its notice is flagged.
 */
import { App, Button, Card, Col, DatePicker, Form, Input, Popconfirm, Radio, Row, Space, Table, Tag, type ButtonProps, type TableColumnsType } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { PROVISIONAL_LABEL, toShanghaiDate, type DayKind } from '../../../domain/calendar';
import { api } from '../../api/client';
import { ErrorAlert, useApiError } from '../../api/errors';
import type { CalendarDay, CalendarOverride, ItemsOf } from '../../api/types';
import { PageHeader } from '../../components/PageHeader';
import { formatTime } from '../../components/format';
import { dataTestId, testIdAttrs } from '../../components/testId';
import { MonthView, Swatch, useShownMonth } from '../cases/MonthView';
import { NoticeCard, YearBanners } from './NoticeCard';

const OVERRIDES = ['calendar', 'overrides'] as const;

/** Colours and names of each kind of day. */
const KINDS: Record<DayKind, { label: string; background: string; color: string; mark?: string }> = {
  workday: { label: '工作日', background: '#ffffff', color: '#262626' },
  weekend: { label: '周末', background: '#f5f5f5', color: '#434343' },
  holiday: { label: '法定节假日', background: '#fff1f0', color: '#cf1322', mark: '休' },
  makeup_workday: { label: '调休上班', background: '#fff7e6', color: '#ad4e00', mark: '班' },
  override_working: { label: '本局调整：上班', background: '#e6f4ff', color: '#0958d9', mark: '班' },
  override_off: { label: '本局调整：休息', background: '#f9f0ff', color: '#531dab', mark: '休' },
};

/** How a provisional day is drawn: a holiday with a dashed border and 暂 for its mark. */
const PROVISIONAL = { background: '#fff7f6', border: '#ff7875' };

function DayCell({ d, onPick }: { d: CalendarDay; onPick: (date: string) => void }) {
  const k = KINDS[d.kind];
  return (
    <div
      data-testid="calendar-day"
      data-date={d.date}
      data-kind={d.kind}
      data-working={String(d.working)}
      data-provisional={String(d.provisional)}
      title={[d.date, d.provisional ? PROVISIONAL_LABEL : k.label, d.name ?? ''].filter(Boolean).join('，')}
      onClick={() => onPick(d.date)}
      style={{
        minHeight: 58,
        padding: '2px 4px',
        borderRadius: 4,
        background: d.provisional ? PROVISIONAL.background : k.background,
        color: k.color,
        border: d.provisional ? `1px dashed ${PROVISIONAL.border}` : '1px solid #f0f0f0',
        fontSize: 12,
        overflow: 'hidden',
        cursor: 'pointer',
      }}
    >
      <div style={{ display: 'flex', justifyContent: 'space-between', gap: 2 }}>
        <span style={{ fontWeight: 600, fontSize: 13 }}>{Number(d.date.slice(8))}</span>
        {d.provisional ? <span>暂休</span> : k.mark ? <span>{k.mark}</span> : null}
      </div>
      {d.name ? <div style={{ whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}>{d.name}</div> : null}
    </div>
  );
}

interface OverrideValues {
  date?: Dayjs;
  working: 'working' | 'off';
  reason?: string;
}

/** `/admin/calendar`. */
export default function CalendarPage() {
  const today = toShanghaiDate(new Date());
  const [shown, move] = useShownMonth(() => ({ year: Number(today.slice(0, 4)), month: Number(today.slice(5, 7)) }));
  const [form] = Form.useForm<OverrideValues>();
  const client = useQueryClient();
  const showError = useApiError();
  const { message } = App.useApp();
  const overrides = useQuery({
    queryKey: OVERRIDES,
    queryFn: ({ signal }) => api.get<ItemsOf<CalendarOverride>>('/calendar/overrides', undefined, signal),
    select: (d) => [...d.items].sort((a, b) => a.date.localeCompare(b.date)),
  });
  // the month views, the overrides and every clock depend on the calendar
  const refresh = () => client.invalidateQueries({ queryKey: ['calendar'] });
  const save = useMutation({
    mutationFn: (v: OverrideValues) =>
      api.put<CalendarOverride>(`/calendar/overrides/${v.date?.format('YYYY-MM-DD') ?? ''}`, { working: v.working === 'working', reason: v.reason?.trim() ?? '' }),
    onSuccess: async (o) => {
      message.success(`已设置 ${o.date} 为${o.working ? '上班' : '休息'}`);
      form.resetFields();
      await refresh();
    },
    onError: (e) => showError(e, form),
  });
  const remove = useMutation({
    mutationFn: (date: string) => api.delete(`/calendar/overrides/${encodeURIComponent(date)}`),
    onSuccess: async () => {
      message.success('已删除调整');
      await refresh();
    },
    onError: (e) => showError(e),
  });
  const pick = (date: string) => {
    const existing = overrides.data?.find((o) => o.date === date);
    form.setFieldsValue(existing ? { date: dayjs(date), working: existing.working ? 'working' : 'off', reason: existing.reason } : { date: dayjs(date) });
  };
  const columns: TableColumnsType<CalendarOverride> = [
    { title: '日期', dataIndex: 'date', width: 120 },
    { title: '调整为', dataIndex: 'working', width: 100, render: (w: boolean) => (w ? <Tag color="blue">上班</Tag> : <Tag color="purple">休息</Tag>) },
    { title: '原因', dataIndex: 'reason' },
    { title: '设置人', dataIndex: 'createdBy', width: 120, render: (u: string | null) => u ?? '—' },
    { title: '设置时间', dataIndex: 'createdAt', width: 150, render: (t: string) => formatTime(t) },
    {
      title: '操作',
      key: 'ops',
      width: 80,
      render: (_, o) => (
        <Popconfirm
          title={`删除 ${o.date} 的调整？`}
          description="删除后该日按国家安排计算。"
          onConfirm={() => remove.mutate(o.date)}
          okText="删除"
          okButtonProps={{ danger: true, ...dataTestId<ButtonProps>('override-delete-confirm') }}
          cancelText="取消"
        >
          <Button type="link" danger size="small" data-testid="override-delete">
            删除
          </Button>
        </Popconfirm>
      ),
    },
  ];
  return (
    <div data-testid="calendar-page">
      <PageHeader title="工作日历" />
      <YearBanners />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card size="small" title="月历">
            <MonthView
              shown={shown}
              move={move}
              testId="calendar-month"
              label={`${shown.year}年${shown.month}月工作日历`}
              day={(d) => <DayCell key={d.date} d={d} onPick={pick} />}
              legend={
                <Space wrap size={[10, 4]} style={{ marginTop: 8, fontSize: 12 }} data-testid="calendar-legend">
                  {(Object.keys(KINDS) as DayKind[]).map((k) => (
                    <Swatch key={k} color={KINDS[k].background} border={KINDS[k].color}>
                      {KINDS[k].label}
                    </Swatch>
                  ))}
                  <Swatch color={PROVISIONAL.background} border={PROVISIONAL.border}>
                    {PROVISIONAL_LABEL}
                  </Swatch>
                </Space>
              }
            />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <NoticeCard />
          <Card size="small" title="本局调整（覆盖国家安排）" style={{ marginBottom: 16 }}>
            <Form<OverrideValues> form={form} layout="vertical" initialValues={{ working: 'off' }} onFinish={(v) => save.mutate(v)}>
              <Row gutter={12}>
                <Col xs={24} sm={12}>
                  <Form.Item name="date" label="日期" rules={[{ required: true, message: '请选择日期' }]} extra="点击月历中的日期也可选中；已有调整的日期将被替换。">
                    <DatePicker style={{ width: '100%' }} data-testid="override-date" />
                  </Form.Item>
                </Col>
                <Col xs={24} sm={12}>
                  <Form.Item name="working" label="调整为" rules={[{ required: true, message: '请选择' }]}>
                    <Radio.Group
                      data-testid="override-working"
                      options={[
                        { value: 'working', label: '上班' },
                        { value: 'off', label: '休息' },
                      ]}
                    />
                  </Form.Item>
                </Col>
              </Row>
              <Form.Item name="reason" label="原因" rules={[{ required: true, whitespace: true, message: '请填写原因，例如“台风停工”' }]}>
                <Input maxLength={200} showCount data-testid="override-reason" />
              </Form.Item>
              <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="override-save">
                保存调整
              </Button>
            </Form>
          </Card>
          <ErrorAlert error={overrides.error} />
          <Table<CalendarOverride>
            rowKey="date"
            size="small"
            columns={columns}
            dataSource={overrides.data ?? []}
            loading={overrides.isFetching}
            pagination={(overrides.data?.length ?? 0) > 10 ? { pageSize: 10 } : false}
            onRow={(o) => testIdAttrs('override-row', { date: o.date, working: String(o.working) })}
            locale={{ emptyText: '暂无本局调整' }}
            scroll={{ x: 640 }}
            data-testid="overrides-table"
          />
        </Col>
      </Row>
    </div>
  );
}
