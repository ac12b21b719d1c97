/**
 * `/hall/kiosk` (自助取号机): choose a zone (and optionally an item) — or say what you need and
 * let the guide (智能导服) find the item and its zone — the green channel if it
 * applies, or check an appointment in by its code; the ticket shows the number, the people
 * ahead and the estimated wait, and prints. Big type for a touch screen; no login: the browser is a
 * registered kiosk by the device token its setup link stored (大厅总览 → 自助取号机).
 */
import { Alert, Button, Input, Select, Space, Typography } from 'antd';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useDeferredValue, useEffect, useState } from 'react';
import { api } from '../../api/client';
import { errorText } from '../../api/errors';
import { GREEN_CHANNEL, type Priority } from '../../../domain/hall';
import { useGuideSearch } from '../guide/guideApi';
import { HallScreen } from './HallScreen';
import { dateTime, kioskHeaders, kioskToken, newRequestKey, useHallZones, type IssuedTicket, type ZoneSummary } from './hallApi';

/** Priorities an ID card cannot prove: a clerk at the window takes these tickets (the server refuses them from a kiosk). */
const AT_WINDOW: readonly Priority[] = ['military', 'disabled'];

const BIG = { fontSize: 28, height: 72, padding: '0 32px' };
const RESET_SECONDS = 60;

type Step = { kind: 'zones' } | { kind: 'zone'; zone: ZoneSummary; itemCode?: string } | { kind: 'checkin' } | { kind: 'ticket'; ticket: IssuedTicket };

/** 不知道去哪个区: say what you need, the guide finds the items and the zone that serves each. */
function KioskGuide({ zones, onPick }: { zones: ZoneSummary[]; onPick: (zone: ZoneSummary, itemCode: string) => void }) {
  const [text, setText] = useState('');
  const q = useDeferredValue(text.trim());
  const found = useGuideSearch(q);
  const hits = (found.data?.results ?? []).filter((r) => r.applicable && r.zone && zones.some((z) => z.code === r.zone)).slice(0, 6);
  return (
    <div style={{ background: '#fff', color: '#1f1f1f', borderRadius: 12, padding: 24 }}>
      <div style={{ fontSize: 26, marginBottom: 12 }}>不知道去哪个区？说说要办什么（如：开饭店、卖房子过户、spjy）</div>
      <Input size="large" style={{ fontSize: 26 }} value={text} onChange={(e) => setText(e.target.value)} placeholder="输入要办的事" data-testid="kiosk-guide-input" allowClear />
      {q && found.data && hits.length === 0 ? <div style={{ fontSize: 22, marginTop: 12 }}>没有找到，请选择下面的服务区或咨询导服人员。</div> : null}
      <div style={{ display: 'grid', gap: 10, marginTop: hits.length ? 16 : 0 }}>
        {hits.map((r) => {
          const zone = zones.find((z) => z.code === r.zone);
          return zone ? (
            <Button key={r.code} size="large" style={{ ...BIG, fontSize: 24, textAlign: 'left', height: 'auto', padding: '12px 20px', whiteSpace: 'normal' }} data-testid="kiosk-guide-result" data-code={r.code} onClick={() => onPick(zone, r.code)}>
              {r.name} → {zone.code}区 {zone.name}（等候 {zone.waiting} 人）
            </Button>
          ) : null;
        })}
      </div>
    </div>
  );
}

function useZoneItems(zone: string | null) {
  return useQuery({
    queryKey: ['catalog', 'items', 'zone', zone],
    enabled: !!zone,
    queryFn: ({ signal }) => api.get<{ items: { code: string; name: string; disposition: string | null }[] }>('/catalog/items', { zone, pageSize: 500 }, signal),
    staleTime: 10 * 60_000,
  });
}

function ZoneChoice({ token, zone, initialItem, onTicket, onBack }: { token: string; zone: ZoneSummary; initialItem?: string; onTicket: (t: IssuedTicket) => void; onBack: () => void }) {
  const items = useZoneItems(zone.code);
  const [itemCode, setItemCode] = useState<string | undefined>(initialItem);
  const [priority, setPriority] = useState<Priority>('normal');
  const [idNumber, setIdNumber] = useState('');
  const [requestKey] = useState(newRequestKey);
  const take = useMutation({
    mutationFn: () => api.post<IssuedTicket>('/hall/tickets', { zone: zone.code, itemCode, priority, idNumber: priority === 'elderly' ? idNumber : undefined, requestKey }, kioskHeaders(token)),
    onSuccess: onTicket,
  });
  const options = (items.data?.items ?? []).filter((i) => i.disposition !== 'cancelled' && i.disposition !== 'delegated' && i.disposition !== 'not_stationed').map((i) => ({ value: i.code, label: i.name }));
  return (
    <div style={{ display: 'grid', gap: 28 }}>
      <Typography.Title level={2} style={{ fontSize: 40, margin: 0 }}>
        {zone.code}区 · {zone.name}
      </Typography.Title>
      <div>
        <div style={{ fontSize: 24, marginBottom: 8 }}>办理事项（可不选，由综合窗口受理）</div>
        <Select
          data-testid="kiosk-item"
          showSearch={{ optionFilterProp: 'label' }}
          allowClear
          size="large"
          style={{ width: '100%', fontSize: 22 }}
          placeholder="输入关键字查找事项"
          options={options}
          value={itemCode}
          onChange={setItemCode}
          loading={items.isPending}
        />
      </div>
      <div>
        <div style={{ fontSize: 24, marginBottom: 8 }}>绿色通道（优先办理）</div>
        <Space wrap size={12}>
          {(['normal', ...(Object.keys(GREEN_CHANNEL) as Priority[]).filter((p) => !AT_WINDOW.includes(p))] as Priority[]).map((p) => (
            <Button key={p} data-testid={`kiosk-priority-${p}`} type={priority === p ? 'primary' : 'default'} style={{ fontSize: 22, height: 60 }} onClick={() => setPriority(p)}>
              {p === 'normal' ? '不需要' : GREEN_CHANNEL[p as Exclude<Priority, 'normal'>]}
            </Button>
          ))}
        </Space>
        {priority === 'elderly' && (
          <Input
            data-testid="kiosk-id-number"
            size="large"
            style={{ marginTop: 12, fontSize: 24, maxWidth: 520 }}
            placeholder="请刷身份证或输入身份证号"
            value={idNumber}
            onChange={(e) => setIdNumber(e.target.value.trim())}
          />
        )}
        {priority !== 'normal' && priority !== 'elderly' && <div style={{ fontSize: 18, color: '#595959', marginTop: 8 }}>请到窗口出示相关证件</div>}
        <div style={{ fontSize: 18, color: '#595959', marginTop: 8 }} data-testid="kiosk-priority-at-window">军人、残疾人请到窗口出示证件，由工作人员为您取优先号</div>
      </div>
      {take.error && <Alert type="error" showIcon style={{ fontSize: 22 }} title={errorText(take.error)} data-testid="kiosk-error" />}
      <Space size={16}>
        <Button type="primary" style={BIG} data-testid="kiosk-take" loading={take.isPending} onClick={() => take.mutate()}>
          取号
        </Button>
        <Button style={BIG} onClick={onBack}>
          返回
        </Button>
      </Space>
    </div>
  );
}

function CheckIn({ token, onTicket, onBack }: { token: string; onTicket: (t: IssuedTicket) => void; onBack: () => void }) {
  const [code, setCode] = useState('');
  const [requestKey] = useState(newRequestKey);
  const take = useMutation({ mutationFn: () => api.post<IssuedTicket>('/hall/tickets', { appointmentCode: code, requestKey }, kioskHeaders(token)), onSuccess: onTicket });
  return (
    <div style={{ display: 'grid', gap: 24, maxWidth: 640 }}>
      <Typography.Title level={2} style={{ fontSize: 40, margin: 0 }}>
        预约签到
      </Typography.Title>
      <div style={{ fontSize: 22 }}>请输入8位预约码（预约时段开始前30分钟内可签到，签到后优先叫号）</div>
      <Input data-testid="kiosk-checkin-code" size="large" style={{ fontSize: 36, letterSpacing: 8 }} maxLength={8} inputMode="numeric" value={code} onChange={(e) => setCode(e.target.value.replace(/\D/g, ''))} />
      {take.error && <Alert type="error" showIcon style={{ fontSize: 22 }} title={errorText(take.error)} data-testid="kiosk-error" />}
      <Space size={16}>
        <Button type="primary" style={BIG} disabled={code.length !== 8} loading={take.isPending} data-testid="kiosk-checkin-submit" onClick={() => take.mutate()}>
          签到取号
        </Button>
        <Button style={BIG} onClick={onBack}>
          返回
        </Button>
      </Space>
    </div>
  );
}

function TicketSlip({ ticket, onDone }: { ticket: IssuedTicket; onDone: () => void }) {
  const [left, setLeft] = useState(RESET_SECONDS);
  useEffect(() => {
    const timer = setInterval(() => setLeft((s) => s - 1), 1000);
    return () => clearInterval(timer);
  }, []);
  useEffect(() => {
    if (left <= 0) onDone();
  }, [left, onDone]);
  return (
    <div style={{ display: 'grid', justifyItems: 'center', gap: 16 }}>
      <div className="hall-ticket" data-testid="kiosk-ticket" style={{ background: '#fff', color: '#000', borderRadius: 12, padding: '32px 64px', textAlign: 'center', minWidth: 460, boxShadow: '0 8px 24px rgba(0,0,0,.25)' }}>
        <div style={{ fontSize: 22 }}>泰安市政务服务中心</div>
        <div style={{ fontSize: 22 }}>
          {ticket.zone}区 · {ticket.zoneName}
        </div>
        <div data-testid="kiosk-ticket-number" style={{ fontSize: 120, fontWeight: 700, lineHeight: 1.1, letterSpacing: 4 }}>
          {ticket.number}
        </div>
        {ticket.itemName && <div style={{ fontSize: 20 }}>{ticket.itemName}</div>}
        {ticket.priority !== 'normal' && <div style={{ fontSize: 20, color: '#389e0d' }}>绿色通道 · {GREEN_CHANNEL[ticket.priority as Exclude<Priority, 'normal'>]}</div>}
        {ticket.appointment && <div style={{ fontSize: 20, color: '#1558a8' }}>预约签到 · 优先叫号</div>}
        <div style={{ fontSize: 26, marginTop: 12 }} data-testid="kiosk-ticket-waiting" data-ahead={ticket.position - 1}>
          前面还有 <b>{ticket.position - 1}</b> 人
        </div>
        <div style={{ fontSize: 22 }} data-testid="kiosk-ticket-estimate">
          预计等候约 {ticket.estimatedWaitMinutes} 分钟
        </div>
        <div style={{ fontSize: 16, color: '#595959', marginTop: 8 }}>取号时间 {dateTime(ticket.takenAt)} · 过号请到窗口申请重新排队</div>
      </div>
      <Space size={16} className="hall-no-print">
        <Button type="primary" style={BIG} data-testid="kiosk-print" onClick={() => window.print()}>
          打印号票
        </Button>
        <Button style={BIG} data-testid="kiosk-done" onClick={onDone}>
          完成（{left}）
        </Button>
      </Space>
    </div>
  );
}

/** A browser that is not a registered kiosk: what the hall manager does about it. */
function NotRegistered() {
  return (
    <div data-testid="kiosk-not-registered" style={{ background: '#fff', color: '#1f1f1f', borderRadius: 12, padding: 32, fontSize: 24, display: 'grid', gap: 12 }}>
      <div style={{ fontSize: 32, fontWeight: 600 }}>本机尚未登记为自助取号机</div>
      <div>请大厅管理员在“大厅总览 → 自助取号机”中登记本机，然后用本机打开设置链接或扫描二维码。</div>
      <div style={{ color: '#595959' }}>如需取号，请到窗口由工作人员代取。</div>
    </div>
  );
}

/** The kiosk. */
export default function KioskPage() {
  const zones = useHallZones();
  const [token, setToken] = useState(kioskToken);
  // the setup link opened on a kiosk already showing this page changes only the fragment
  useEffect(() => {
    const read = () => setToken(kioskToken());
    window.addEventListener('hashchange', read);
    return () => window.removeEventListener('hashchange', read);
  }, []);
  const [step, setStep] = useState<Step>({ kind: 'zones' });
  const home = () => {
    setStep({ kind: 'zones' });
    void zones.refetch();
  };
  return (
    <HallScreen title="自助取号" subtitle="请选择办事服务区，或预约签到">
      {!token && <NotRegistered />}
      {token && step.kind === 'zones' && (
        <div style={{ display: 'grid', gap: 24 }}>
          <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(260px, 1fr))', gap: 20 }}>
            {(zones.data?.items ?? []).map((z) => (
              <button
                key={z.code}
                type="button"
                data-testid={`kiosk-zone-${z.code}`}
                onClick={() => setStep({ kind: 'zone', zone: z })}
                style={{ background: '#fff', color: '#0b3a75', border: 'none', borderRadius: 12, padding: 24, textAlign: 'left', cursor: 'pointer', minHeight: 150 }}
              >
                <div style={{ fontSize: 44, fontWeight: 700, lineHeight: 1 }}>{z.code}</div>
                <div style={{ fontSize: 28, fontWeight: 600, marginTop: 8 }}>{z.name}</div>
                <div style={{ fontSize: 20, color: '#595959', marginTop: 8 }}>
                  等候 {z.waiting} 人 · 约 {z.estimatedWaitMinutes} 分钟
                </div>
              </button>
            ))}
          </div>
          <KioskGuide zones={zones.data?.items ?? []} onPick={(zone, itemCode) => setStep({ kind: 'zone', zone, itemCode })} />
          <div>
            <Button size="large" style={{ ...BIG, background: '#ffd666', border: 'none' }} data-testid="kiosk-checkin" onClick={() => setStep({ kind: 'checkin' })}>
              预约签到
            </Button>
          </div>
        </div>
      )}
      {token && step.kind === 'zone' && (
        <div style={{ background: '#fff', color: '#1f1f1f', borderRadius: 12, padding: 32 }}>
          <ZoneChoice token={token} zone={step.zone} initialItem={step.itemCode} onTicket={(ticket) => setStep({ kind: 'ticket', ticket })} onBack={home} />
        </div>
      )}
      {token && step.kind === 'checkin' && (
        <div style={{ background: '#fff', color: '#1f1f1f', borderRadius: 12, padding: 32 }}>
          <CheckIn token={token} onTicket={(ticket) => setStep({ kind: 'ticket', ticket })} onBack={home} />
        </div>
      )}
      {step.kind === 'ticket' && <TicketSlip ticket={step.ticket} onDone={home} />}
    </HallScreen>
  );
}
