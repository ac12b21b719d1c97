/**
 * `/appointments` (预约办事): an applicant picks a zone (and optionally an item) and a half-hour
 * slot of the coming working days, sees their bookings with the 8-digit code for the kiosk,
 * and cancels. Three no-shows in 30 days block online booking for 30 days; the page says until when.
 */
import { Alert, App, Button, Card, Empty, List, Select, Space, Tag, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Navigate, useLocation, useSearchParams } from 'react-router-dom';
import { api } from '../../api/client';
import { useApiError } from '../../api/errors';
import { useMe } from '../../api/queries';
import { canApply } from '../../app/access';
import { PageHeader } from '../../components/PageHeader';
import { dayLabel, hhmm, useHallZones, type Appointment, type Slots } from './hallApi';

const STATUS: Record<Appointment['status'], { label: string; color: string }> = {
  booked: { label: '已预约', color: 'blue' },
  checked_in: { label: '已签到', color: 'green' },
  cancelled: { label: '已取消', color: 'default' },
  no_show: { label: '未到', color: 'red' },
};

/** Booking and the list of one's appointments. */
export default function AppointmentsPage() {
  const me = useMe();
  const client = useQueryClient();
  const { message } = App.useApp();
  const onError = useApiError();
  const zones = useHallZones();
  const location = useLocation();
  // from an item's 预约办理 button: its zone and the item chosen already
  const [params] = useSearchParams();
  const [zone, setZone] = useState<string | undefined>(params.get('zone') ?? undefined);
  const [itemCode, setItemCode] = useState<string | undefined>(params.get('itemCode') ?? undefined);
  const items = useQuery({
    queryKey: ['catalog', 'items', 'zone', zone],
    enabled: !!zone,
    queryFn: ({ signal }) => api.get<{ items: { code: string; name: string }[] }>('/catalog/items', { zone, pageSize: 500 }, signal),
  });
  const slots = useQuery({ queryKey: ['appointments', 'slots', zone], enabled: !!zone, queryFn: ({ signal }) => api.get<Slots>('/appointments/slots', { zone }, signal) });
  const mine = useQuery({ queryKey: ['appointments', 'mine'], enabled: canApply(me.data), queryFn: ({ signal }) => api.get<{ items: Appointment[]; blockedUntil: string | null }>('/appointments', undefined, signal) });
  const refresh = () => void client.invalidateQueries({ queryKey: ['appointments'] });
  const book = useMutation({
    mutationFn: (slotStart: string) => api.post<Appointment>('/appointments', { zone, itemCode, slotStart }),
    onSuccess: (a) => {
      message.success(`预约成功，预约码 ${a.code}`);
      refresh();
    },
    onError: (e) => onError(e),
  });
  const cancel = useMutation({ mutationFn: (id: string) => api.post(`/appointments/${id}/cancel`), onSuccess: refresh, onError: (e) => onError(e) });

  if (me.isPending) return null;
  if (!me.data) return <Navigate to={`/login?next=${encodeURIComponent(`/appointments${location.search}`)}`} replace />;
  if (!canApply(me.data)) return <Alert type="info" title="网上预约面向办事群众和企业，请以申请人账号登录" />;
  return (
    <div style={{ maxWidth: 1100, margin: '0 auto', padding: 16 }}>
      <PageHeader title="预约办事" />
      {mine.data?.blockedUntil && (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} data-testid="appointments-blocked" title={`您30天内有3次预约未到，网上预约暂停至 ${mine.data.blockedUntil}，期间可到大厅现场取号办理。`} />
      )}
      <Card title="我的预约" size="small" style={{ marginBottom: 16 }}>
        {mine.data?.items.length ? (
          <List
            data-testid="appointments-mine"
            dataSource={mine.data.items}
            renderItem={(a) => (
              <List.Item
                data-code={a.code}
                actions={
                  a.status === 'booked'
                    ? [
                        <Button key="cancel" size="small" onClick={() => cancel.mutate(a.id)}>
                          取消
                        </Button>,
                      ]
                    : []
                }
              >
                <Space wrap>
                  <Tag color={STATUS[a.status].color}>{STATUS[a.status].label}</Tag>
                  <span>
                    {dayLabel(a.slotStart)} {hhmm(a.slotStart)}–{hhmm(a.slotEnd)}
                  </span>
                  <span>
                    {a.zone}区 {a.zoneName}
                    {a.itemName ? ` · ${a.itemName}` : ''}
                  </span>
                  <Typography.Text strong copyable>
                    {a.code}
                  </Typography.Text>
                  {a.ticketNumber && <span>号票 {a.ticketNumber}</span>}
                </Space>
              </List.Item>
            )}
          />
        ) : (
          <Empty description="暂无预约" />
        )}
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
          到大厅后在自助取号机“预约签到”输入预约码（时段开始前30分钟内），签到后优先叫号。
        </Typography.Paragraph>
      </Card>
      <Card title="新预约" size="small">
        <Space wrap style={{ marginBottom: 16 }}>
          <Select
            style={{ width: 240, maxWidth: '100%' }}
            placeholder="选择服务区"
            aria-label="服务区"
            value={zone}
            onChange={(z) => {
              setZone(z);
              setItemCode(undefined);
            }}
            options={(zones.data?.items ?? []).map((z) => ({ value: z.code, label: `${z.code}区 ${z.name}` }))}
            data-testid="appointments-zone"
          />
          <Select
            style={{ width: 420, maxWidth: 'calc(100vw - 64px)' }}
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder="办理事项（选填）"
            aria-label="办理事项（选填）"
            disabled={!zone}
            value={itemCode}
            onChange={setItemCode}
            options={(items.data?.items ?? []).map((i) => ({ value: i.code, label: i.name }))}
            data-testid="appointments-item"
          />
        </Space>
        {zone &&
          (slots.data?.days ?? []).map((d) => (
            <div key={d.date} style={{ marginBottom: 12 }}>
              <div style={{ fontWeight: 600, marginBottom: 6 }}>{dayLabel(`${d.date}T12:00:00+08:00`)}</div>
              <Space wrap>
                {d.slots.map((s) => (
                  <Button key={s.start} disabled={s.available === 0 || !!mine.data?.blockedUntil} loading={book.isPending && book.variables === s.start} onClick={() => book.mutate(s.start)} data-testid="appointments-slot" data-start={s.start}>
                    {hhmm(s.start)} · 余{s.available}
                  </Button>
                ))}
              </Space>
            </div>
          ))}
      </Card>
    </div>
  );
}
