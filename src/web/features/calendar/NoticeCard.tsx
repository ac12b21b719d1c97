/**
 * The years' notices on `/admin/calendar`: the banners (this year without its notice; from
 * December on, whether next year's is in and which days are provisional until it is) and the
 * form that enters a year's 国务院办公厅放假安排 (`PUT /calendar/notices/:year`), checked by the
 * server against the statutory holidays. Entering, changing or removing a notice recomputes the
 * running cases' due days; the answer says how many moved.
 */
import { Alert, App, Button, Card, DatePicker, Form, Input, Popconfirm, Select, Space, Tag, Typography, type ButtonProps } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { PROVISIONAL_LABEL, YEAR_SOURCES } from '../../../domain/calendar';
import { api } from '../../api/client';
import { ErrorAlert, useApiError } from '../../api/errors';
import type { CalendarNotice, CalendarNotices, CalendarYear, Recomputed } from '../../api/types';
import { formatTime } from '../../components/format';
import { dataTestId } from '../../components/testId';
import { caseKeys } from '../cases/casesApi';

const NOTICES = ['calendar', 'notices'] as const;

/** `GET /calendar/notices`: the notices and the service clock's today. */
export function useNotices() {
  return useQuery({ queryKey: NOTICES, queryFn: ({ signal }) => api.get<CalendarNotices>('/calendar/notices', undefined, signal) });
}

/** `GET /calendar/years/:year` (2025–2100). */
function useYear(year: number | null) {
  return useQuery({
    queryKey: ['calendar', 'year', year],
    enabled: year !== null && year >= 2025 && year <= 2100,
    queryFn: ({ signal }) => api.get<CalendarYear>(`/calendar/years/${year ?? 0}`, undefined, signal),
  });
}

/** 2027-02-05 → 2月5日 */
const md = (d: string) => `${Number(d.slice(5, 7))}月${Number(d.slice(8))}日`;

/** The provisional days of a year, grouped by name: 春节 2月5日、2月6日… */
function provisionalText(y: CalendarYear): string {
  const byName = new Map<string, string[]>();
  for (const d of y.provisionalDays) {
    const name = d.name.replace('（补假）', '');
    byName.set(name, [...(byName.get(name) ?? []), md(d.date)]);
  }
  return [...byName.entries()].map(([name, days]) => `${name} ${days.join('、')}`).join('；');
}

/** A banner for one year: provisional (warning) or entered (success). */
function YearBanner({ y, testId, next }: { y: CalendarYear; testId: string; next: boolean }) {
  const provisional = y.source === 'statutory';
  if (!provisional && !next) return null;
  const title = provisional
    ? `${y.year} 年放假安排（国务院办公厅通知）尚未录入：以下日期暂按${PROVISIONAL_LABEL}计为休息，所有期限按此计算`
    : y.source === 'notice'
      ? `${y.year} 年放假安排已录入（${y.notice?.document ?? ''}）`
      : `${y.year} 年放假安排：${YEAR_SOURCES[y.source]}`;
  return (
    <div data-testid={testId} data-year={y.year} data-state={provisional ? 'provisional' : 'entered'} style={{ marginBottom: 12 }}>
      <Alert
        type={provisional ? 'warning' : 'success'}
        showIcon
        title={title}
        description={provisional ? `${provisionalText(y)}。通知公布后请在"年度放假安排"中录入；录入后在办件期限将随即重算（不早于已告知申请人的日期）。` : undefined}
      />
    </div>
  );
}

/** This year's banner when its notice is missing; from December on, next year's either way. */
export function YearBanners() {
  const notices = useNotices();
  const today = notices.data?.today ?? null;
  const thisYear = today ? Number(today.slice(0, 4)) : null;
  const december = today ? Number(today.slice(5, 7)) === 12 : false;
  const current = useYear(thisYear);
  const next = useYear(december && thisYear ? thisYear + 1 : null);
  return (
    <div data-testid="calendar-banners" data-today={today ?? ''}>
      <ErrorAlert error={notices.error ?? current.error ?? next.error} />
      {current.data ? <YearBanner y={current.data} testId="calendar-this-year" next={false} /> : null}
      {next.data ? <YearBanner y={next.data} testId="calendar-next-year" next /> : null}
    </div>
  );
}

interface HolidayValues {
  name?: string;
  from?: Dayjs;
  to?: Dayjs;
  workdays?: Dayjs[];
}

interface NoticeValues {
  document?: string;
  holidays?: HolidayValues[];
}

const day = (d: Dayjs | undefined) => d?.format('YYYY-MM-DD') ?? '';

function toValues(n: { document: string; holidays: CalendarNotice['holidays'] }): NoticeValues {
  return {
    document: n.document,
    holidays: n.holidays.map((h) => ({ name: h.name, from: dayjs(h.from), to: dayjs(h.to), workdays: h.workdays.map((w) => dayjs(w)) })),
  };
}

/** The card entering a year's notice. */
export function NoticeCard() {
  const notices = useNotices();
  const today = notices.data?.today ?? null;
  const thisYear = today ? Number(today.slice(0, 4)) : null;
  const [year, setYear] = useState<number | null>(null);
  // next year from December on, this year before
  useEffect(() => {
    if (year === null && today && thisYear) setYear(Number(today.slice(5, 7)) === 12 ? thisYear + 1 : thisYear);
  }, [year, today, thisYear]);
  const shown = useYear(year);
  const [form] = Form.useForm<NoticeValues>();
  const client = useQueryClient();
  const showError = useApiError();
  const { message } = App.useApp();
  const entered = notices.data?.items.find((n) => n.year === year) ?? null;
  useEffect(() => {
    form.resetFields();
    if (entered) form.setFieldsValue(toValues(entered));
  }, [form, entered, year]);

  const done = async (what: string, r: Recomputed) => {
    message.success(`${what}；核对在办件 ${r.checked} 件，${r.moved} 件期限已重算`);
    await client.invalidateQueries({ queryKey: ['calendar'] });
    await client.invalidateQueries({ queryKey: caseKeys.all });
  };
  const save = useMutation({
    mutationFn: (v: NoticeValues) =>
      api.put<{ notice: CalendarNotice; recomputed: Recomputed }>(`/calendar/notices/${year ?? 0}`, {
        document: v.document?.trim() ?? '',
        holidays: (v.holidays ?? []).map((h) => ({ name: h.name?.trim() ?? '', from: day(h.from), to: day(h.to), workdays: (h.workdays ?? []).map((w) => day(w)) })),
      }),
    onSuccess: (r) => done(`已保存 ${r.notice.year} 年放假安排`, r.recomputed),
    onError: (e) => showError(e, form),
  });
  const remove = useMutation({
    mutationFn: () => api.delete<{ recomputed: Recomputed }>(`/calendar/notices/${year ?? 0}`),
    onSuccess: (r) => done(`已删除 ${year ?? ''} 年放假安排`, r.recomputed),
    onError: (e) => showError(e),
  });
  // the statutory days (and their 补假), one row per festival, to start from
  const fill = () =>
    shown.data &&
    form.setFieldsValue({
      document: form.getFieldValue('document') || `国务院办公厅关于${shown.data.year}年部分节假日安排的通知`,
      holidays: toValues({ document: '', holidays: shown.data.draft }).holidays,
    });
  const years = thisYear ? [thisYear, thisYear + 1, thisYear + 2].filter((y) => y >= 2025 && y <= 2100) : [];

  return (
    <Card
      size="small"
      title="年度放假安排（国务院办公厅通知）"
      style={{ marginBottom: 16 }}
      extra={
        <Select
          size="small"
          aria-label="年份"
          value={year ?? undefined}
          onChange={setYear}
          options={years.map((y) => ({ value: y, label: `${y} 年` }))}
          style={{ width: 100 }}
          data-testid="notice-year"
        />
      }
      data-testid="notice-card"
    >
      <ErrorAlert error={notices.error ?? shown.error} />
      {shown.data ? (
        <Space wrap style={{ marginBottom: 8 }}>
          <Tag color={shown.data.source === 'statutory' ? 'orange' : 'green'} data-testid="notice-source" data-source={shown.data.source}>
            {YEAR_SOURCES[shown.data.source]}
          </Tag>
          {entered ? (
            <Typography.Text type="secondary">
              {entered.enteredBy ?? '—'} 于 {formatTime(entered.enteredAt)} 录入
            </Typography.Text>
          ) : null}
        </Space>
      ) : null}
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        逐项录入通知中的放假日期和调休上班日。须包含《全国年节及纪念日放假办法》规定的全部法定节假日；调休上班日须为周六或周日。保存后在办件的期限随即重算，只会顺延，不会早于已告知申请人的日期。
      </Typography.Paragraph>
      <Form<NoticeValues> form={form} layout="vertical" onFinish={(v) => save.mutate(v)}>
        <Form.Item name="document" label="文件名称及文号" rules={[{ required: true, whitespace: true, message: '请填写通知名称及文号' }]}>
          <Input maxLength={200} placeholder="国务院办公厅关于2027年部分节假日安排的通知（国办发明电〔2026〕×号）" data-testid="notice-document" />
        </Form.Item>
        <Form.List name="holidays">
          {(fields, { add, remove: drop }, { errors }) => (
            <>
              {fields.map((f) => (
                <Space key={f.key} align="start" wrap size={[6, 0]} data-testid="notice-row">
                  <Form.Item name={[f.name, 'name']} rules={[{ required: true, whitespace: true, message: '节日' }]}>
                    <Input placeholder="节日" style={{ width: 76 }} data-testid="notice-name" />
                  </Form.Item>
                  <Form.Item name={[f.name, 'from']} rules={[{ required: true, message: '起' }]}>
                    <DatePicker placeholder="放假起" style={{ width: 122 }} data-testid="notice-from" />
                  </Form.Item>
                  <Form.Item name={[f.name, 'to']} rules={[{ required: true, message: '止' }]}>
                    <DatePicker placeholder="放假止" style={{ width: 122 }} data-testid="notice-to" />
                  </Form.Item>
                  <Form.Item name={[f.name, 'workdays']}>
                    <DatePicker multiple placeholder="调休上班日" style={{ width: 150 }} maxTagCount="responsive" data-testid="notice-workdays" />
                  </Form.Item>
                  <Button icon={<DeleteOutlined />} onClick={() => drop(f.name)} aria-label="删除此行" data-testid="notice-row-delete" />
                </Space>
              ))}
              {/* what the server says of the whole list, e.g. a statutory day missing */}
              <div data-testid="notice-errors">
                <Form.ErrorList errors={errors} />
              </div>
              <Space wrap>
                <Button onClick={fill} disabled={!shown.data?.draft.length} data-testid="notice-fill">
                  按法定节假日填入
                </Button>
                <Button icon={<PlusOutlined />} onClick={() => add({ workdays: [] })} data-testid="notice-add">
                  添加节日
                </Button>
                <Button type="primary" htmlType="submit" loading={save.isPending} disabled={year === null} data-testid="notice-save">
                  保存放假安排
                </Button>
                {entered ? (
                  <Popconfirm
                    title={`删除 ${year ?? ''} 年放假安排？`}
                    description="删除后该年按法定节假日暂计（调休安排未公布），在办件期限随即重算。"
                    onConfirm={() => remove.mutate()}
                    okText="删除"
                    okButtonProps={{ danger: true, ...dataTestId<ButtonProps>('notice-delete-confirm') }}
                    cancelText="取消"
                  >
                    <Button danger loading={remove.isPending} data-testid="notice-delete">
                      删除
                    </Button>
                  </Popconfirm>
                ) : null}
              </Space>
            </>
          )}
        </Form.List>
      </Form>
    </Card>
  );
}
