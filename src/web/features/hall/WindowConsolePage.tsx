/**
 * `/admin/hall/window/:id` (窗口叫号台): sign in to the window, then call, recall, skip, start,
 * finish and transfer with buttons or keys (N 叫号, R 重呼, S 过号, B 开始, F 办结, T 转移),
 * the queue this window serves, skipped tickets to re-queue, today's served count. Without
 * `:id` it lists the windows to choose from.
 */
import { Alert, App, Button, Card, Empty, Input, Modal, QRCode, Radio, Select, Space, Statistic, Table, Tag, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { api } from '../../api/client';
import { useApiError } from '../../api/errors';
import { useZones } from '../../api/queries';
import { LinkButton } from '../../components/LinkButton';
import { PageHeader } from '../../components/PageHeader';
import { GREEN_CHANNEL, type Priority } from '../../../domain/hall';
import { hallKeys, hhmm, useHallStream, type Ticket, type WindowState } from './hallApi';

const STATUS: Record<Ticket['status'], { label: string; color: string }> = {
  waiting: { label: '等候', color: 'default' },
  called: { label: '已叫号', color: 'gold' },
  serving: { label: '办理中', color: 'blue' },
  done: { label: '已办结', color: 'green' },
  skipped: { label: '过号', color: 'red' },
};

function PriorityTag({ t }: { t: Ticket }) {
  if (t.appointment) return <Tag color="blue">预约</Tag>;
  if (t.priority !== 'normal') return <Tag color="green">{GREEN_CHANNEL[t.priority as Exclude<Priority, 'normal'>]}</Tag>;
  return null;
}

function WindowList() {
  const zones = useZones();
  return (
    <div>
      <PageHeader title="窗口叫号台" />
      <Typography.Paragraph>请选择您今天所在的窗口。</Typography.Paragraph>
      {(zones.data ?? []).map((z) => (
        <Card key={z.code} title={`${z.code}区 ${z.name}`} size="small" style={{ marginBottom: 12 }}>
          <Space wrap>
            {z.windows.map((w) => (
              <LinkButton key={w.id} to={`/admin/hall/window/${w.id}`} data-testid={`hall-window-link-${w.id}`}>
                {w.name}
              </LinkButton>
            ))}
          </Space>
        </Card>
      ))}
    </div>
  );
}

function TransferDialog({ state, open, onClose, onTransfer }: { state: WindowState; open: boolean; onClose: () => void; onTransfer: (body: { zone?: string; windowId?: number }) => void }) {
  const zones = useZones();
  const [mode, setMode] = useState<'zone' | 'window'>('window');
  const [zone, setZone] = useState<string>();
  const [windowId, setWindowId] = useState<number>();
  const windows = (zones.data ?? []).flatMap((z) => z.windows.filter((w) => Number(w.id) !== state.id).map((w) => ({ value: Number(w.id), label: `${z.code}区 ${w.name}` })));
  return (
    <Modal
      open={open}
      title={`转移 ${state.current?.number ?? ''}`}
      onCancel={onClose}
      okText="转移"
      okButtonProps={{ disabled: mode === 'zone' ? !zone : !windowId }}
      onOk={() => onTransfer(mode === 'zone' ? { zone } : { windowId })}
    >
      <Radio.Group value={mode} onChange={(e) => setMode(e.target.value as 'zone' | 'window')} style={{ marginBottom: 12 }}>
        <Radio value="window">转到窗口</Radio>
        <Radio value="zone">转到服务区</Radio>
      </Radio.Group>
      {mode === 'zone' ? (
        <Select style={{ width: '100%' }} value={zone} onChange={setZone} options={(zones.data ?? []).map((z) => ({ value: z.code, label: `${z.code}区 ${z.name}` }))} data-testid="hall-transfer-zone" />
      ) : (
        <Select showSearch={{ optionFilterProp: 'label' }} style={{ width: '100%' }} value={windowId} onChange={setWindowId} options={windows} data-testid="hall-transfer-window" />
      )}
      <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
        转移后保留原取号时间排队。
      </Typography.Paragraph>
    </Modal>
  );
}

function Console({ id }: { id: number }) {
  const client = useQueryClient();
  const { message } = App.useApp();
  const onError = useApiError();
  const key = hallKeys.window(id);
  const state = useQuery({ queryKey: key, queryFn: ({ signal }) => api.get<WindowState>(`/hall/windows/${id}`, undefined, signal), refetchInterval: 20_000 });
  const [transferOpen, setTransferOpen] = useState(false);
  const [caseOpen, setCaseOpen] = useState(false);
  const [caseNo, setCaseNo] = useState('');
  const [ratingUrl, setRatingUrl] = useState<string | null>(null);
  const refresh = useCallback(() => void client.invalidateQueries({ queryKey: key }), [client, key]);
  useHallStream(state.data?.zone ?? null, refresh, refresh);

  const run = useMutation({
    mutationFn: async ({ path, body }: { path: string; body?: object }) => api.post<{ ticket?: Ticket; ratingUrl?: string } | undefined>(`/hall/windows/${id}/${path}`, body ?? {}),
    onSuccess: (res, { path }) => {
      if (path === 'call-next' && !res) message.info('当前没有等候的群众');
      if (path === 'finish' && res?.ratingUrl) setRatingUrl(res.ratingUrl);
      if (path === 'call-next') setRatingUrl(null);
      refresh();
    },
    onError: (e) => onError(e),
  });
  const requeue = useMutation({ mutationFn: (number: string) => api.post<Ticket>(`/hall/tickets/${number}/requeue`), onSuccess: refresh, onError: (e) => onError(e) });

  const s = state.data;
  const cur = s?.current ?? null;
  const mine = !!s?.session?.mine;
  const act = useCallback((path: string, body?: object) => run.mutate({ path, body: { ...(cur && path !== 'call-next' && path !== 'pause' ? { number: cur.number } : {}), ...body } }), [run, cur]);

  // the key handler is registered once and reads the state of the latest render, so a key
  // pressed right after a change (signed in, ticket called) is not lost to a stale closure
  const keys = useRef({ mine, busy: run.isPending || transferOpen || caseOpen, cur, act });
  keys.current = { mine, busy: run.isPending || transferOpen || caseOpen, cur, act };
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const { mine: signedIn, busy, cur: held, act: go } = keys.current;
      const target = e.target as HTMLElement | null;
      if (!signedIn || busy || (target && ['INPUT', 'TEXTAREA'].includes(target.tagName)) || e.ctrlKey || e.metaKey || e.altKey) return;
      const k = e.key.toLowerCase();
      if (k === 'n' || e.key === 'F1') go('call-next');
      else if (held && k === 'r' && held.status === 'called') go('recall');
      else if (held && k === 's' && held.status === 'called') go('skip');
      else if (held && k === 'b' && held.status === 'called') go('start');
      else if (held && k === 'f') go('finish');
      else if (held && k === 't') setTransferOpen(true);
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  if (!s) return state.error ? <Alert type="error" title="窗口不存在或无权使用" /> : null;
  const signIn = () => run.mutate({ path: 'sign-in' });
  return (
    <div data-testid="hall-console" data-window={s.id}>
      <PageHeader
        title={`${s.zone}区 ${s.name}`}
        extra={
          <Space wrap>
            {s.session ? <Tag color={s.session.paused ? 'orange' : 'green'}>{s.session.paused ? '暂停叫号' : '服务中'} · {s.session.name}</Tag> : <Tag>未签到</Tag>}
            {!mine && (
              <Button type="primary" onClick={signIn} data-testid="hall-sign-in" disabled={!!s.session}>
                签到本窗口
              </Button>
            )}
            {mine && (
              <Button onClick={() => act('pause', { paused: !s.session?.paused })} data-testid="hall-pause">
                {s.session?.paused ? '恢复叫号' : '暂停叫号'}
              </Button>
            )}
            {mine && (
              <Button onClick={() => run.mutate({ path: 'sign-out' })} disabled={!!cur}>
                签退
              </Button>
            )}
            {mine && (
              <Link to="/admin/my-assessment" data-testid="hall-my-assessment">
                我的考核
              </Link>
            )}
          </Space>
        }
      />
      <div style={{ display: 'grid', gridTemplateColumns: 'minmax(0, 3fr) minmax(260px, 2fr)', gap: 16 }}>
        <Card>
          {cur ? (
            <div data-testid="hall-current" data-number={cur.number} data-status={cur.status}>
              <Space align="baseline" size={16} wrap>
                <span style={{ fontSize: 72, fontWeight: 800, lineHeight: 1 }}>{cur.number}</span>
                <Tag color={STATUS[cur.status].color} style={{ fontSize: 16, padding: '4px 10px' }}>
                  {STATUS[cur.status].label}
                </Tag>
                <PriorityTag t={cur} />
              </Space>
              <div style={{ fontSize: 16, marginTop: 8 }}>{cur.itemName ?? '未选择事项（综合受理）'}</div>
              <div style={{ color: '#595959' }}>
                取号 {hhmm(cur.takenAt)} · 叫号 {hhmm(cur.calledAt)} · 呼叫 {cur.calledCount} 次{cur.transfers ? ` · 转移 ${cur.transfers} 次` : ''}
                {cur.caseNo ? ` · 办件 ${cur.caseNo}` : ''}
              </div>
            </div>
          ) : (
            <Empty description={mine ? '请叫号' : '签到后开始叫号'} />
          )}
          <Space wrap size={12} style={{ marginTop: 24 }}>
            <Button type="primary" size="large" disabled={!mine || !!cur || s.session?.paused} loading={run.isPending} onClick={() => act('call-next')} data-testid="hall-call-next">
              叫号 (N)
            </Button>
            <Button size="large" disabled={!mine || cur?.status !== 'called'} onClick={() => act('recall')} data-testid="hall-recall">
              重呼 (R)
            </Button>
            <Button size="large" danger disabled={!mine || cur?.status !== 'called'} onClick={() => act('skip')} data-testid="hall-skip">
              过号 (S)
            </Button>
            <Button size="large" disabled={!mine || cur?.status !== 'called'} onClick={() => act('start')} data-testid="hall-start">
              开始办理 (B)
            </Button>
            <Button size="large" disabled={!mine || !cur} onClick={() => act('finish')} data-testid="hall-finish">
              办结 (F)
            </Button>
            <Button size="large" disabled={!mine || !cur} onClick={() => setTransferOpen(true)} data-testid="hall-transfer">
              转移 (T)
            </Button>
            <Button size="large" disabled={!mine || !cur} onClick={() => setCaseOpen(true)} data-testid="hall-link-case">
              关联办件
            </Button>
          </Space>
          {ratingUrl && (
            <Alert
              style={{ marginTop: 16 }}
              type="success"
              showIcon
              title="已办结，请群众在评价器上评价，或扫码/打开链接评价"
              description={
                <Space wrap align="center" size={16}>
                  <QRCode value={`${window.location.origin}${ratingUrl}`} size={144} bordered={false} data-testid="hall-rating-qr" />
                  <a href={ratingUrl} target="_blank" rel="noreferrer" data-testid="hall-rating-link" style={{ wordBreak: 'break-all' }}>
                    {window.location.origin}
                    {ratingUrl}
                  </a>
                </Space>
              }
            />
          )}
        </Card>
        <Card>
          <Space size={32}>
            <Statistic title="本窗口等候" value={s.waiting} />
            <Statistic title="今日办结" value={s.servedToday} styles={{ content: { color: '#237804' } }} />
          </Space>
          <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
            {s.comprehensive ? '综合窗口：办理本区全部事项' : `办理 ${s.items.length} 项事项`}。快捷键：N 叫号 · R 重呼 · S 过号 · B 开始 · F 办结 · T 转移
          </Typography.Paragraph>
          <Space wrap>
            <a href={`/hall/rate?window=${s.id}`} target="_blank" rel="noreferrer" data-testid="hall-open-pad">
              打开评价器
            </a>
            <a href={`/hall/board?zone=${s.zone}`} target="_blank" rel="noreferrer">
              本区叫号屏
            </a>
          </Space>
        </Card>
      </div>
      <Card title="本窗口队列" size="small" style={{ marginTop: 16 }}>
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={s.queue}
          data-testid="hall-queue"
          onRow={(t) => ({ 'data-number': t.number }) as React.HTMLAttributes<HTMLElement>}
          columns={[
            { title: '票号', dataIndex: 'number', render: (n: string, t) => <Space>{n}<PriorityTag t={t} /></Space> },
            { title: '事项', dataIndex: 'itemName', render: (n: string | null) => n ?? '综合受理' },
            { title: '取号时间', dataIndex: 'takenAt', render: hhmm },
            { title: '来源', dataIndex: 'source', render: (v: Ticket['source'], t) => ({ kiosk: '自助取号', appointment: '预约', clerk: '窗口' })[v] + (t.transfers ? '（转入）' : '') },
          ]}
        />
      </Card>
      {s.skipped.length > 0 && (
        <Card title="过号（可重新排队一次）" size="small" style={{ marginTop: 16 }}>
          <Space wrap>
            {s.skipped.map((t) => (
              <Button key={t.id} onClick={() => requeue.mutate(t.number)} data-testid="hall-requeue" data-number={t.number}>
                {t.number} 重新排队
              </Button>
            ))}
          </Space>
        </Card>
      )}
      <TransferDialog
        state={s}
        open={transferOpen}
        onClose={() => setTransferOpen(false)}
        onTransfer={(body) => {
          setTransferOpen(false);
          act('transfer', body);
        }}
      />
      <Modal open={caseOpen} title="关联办件" onCancel={() => setCaseOpen(false)} okText="关联" onOk={() => run.mutate({ path: 'link-case', body: { caseNo } }, { onSuccess: () => setCaseOpen(false) })}>
        <Input placeholder="办件编号，如 TA2026-000123" value={caseNo} onChange={(e) => setCaseNo(e.target.value.trim())} data-testid="hall-case-no" />
      </Modal>
    </div>
  );
}

/** The window console, or the list of windows. */
export default function WindowConsolePage() {
  const { id } = useParams();
  const n = Number(id);
  return id && Number.isInteger(n) && n > 0 ? <Console key={n} id={n} /> : <WindowList />;
}
