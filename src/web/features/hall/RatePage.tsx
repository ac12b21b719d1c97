/**
 * `/hall/rate` (好差评): `?token=` — the one-time link given at the end of a service (no login),
 * which later shows the rating and the outcome of any rectification; `?window=` — the rating
 * pad beside a window (a tablet logged in as the window's clerk), which offers the service just
 * finished there; `?case=TA2026-000123` — the applicant rating a decided case online (logged in).
 */
import { Alert, Button, Input, Result, Space } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { api } from '../../api/client';
import { errorText } from '../../api/errors';
import { GRADE_NAMES, GRADES, isBadGrade, RATING_REASONS, type Grade } from '../../../domain/hall';
import { HallScreen } from './HallScreen';
import { dateTime } from './hallApi';

const GRADE_COLOR: Record<Grade, string> = { very_satisfied: '#389e0d', satisfied: '#7cb305', basic: '#d48806', dissatisfied: '#d4380d', very_dissatisfied: '#a8071a' };
const RECTIFY_STATUS: Record<string, string> = { open: '已受理，待核实', verified: '已核实', called_back: '已回访', rectified: '已整改', closed: '整改完成' };

interface LinkView {
  ticketNumber: string;
  zoneName: string;
  windowName: string | null;
  itemName: string | null;
  finishedAt: string | null;
  rating: { grade: Grade; gradeName: string; comment: string; at: string } | null;
  rectification: { status: string; outcome: string | null; dueDate: string } | null;
}

function RatingForm({ target, device, onDone }: { target: { token: string } | { serviceRef: string }; device?: string; onDone: () => void }) {
  const [grade, setGrade] = useState<Grade>();
  const [reasons, setReasons] = useState<string[]>([]);
  const [comment, setComment] = useState('');
  const [phone, setPhone] = useState('');
  const send = useMutation({
    mutationFn: () => api.post('/ratings', { ...target, grade, reasons, comment, phone: phone || undefined, device }),
    onSuccess: onDone,
  });
  return (
    <div style={{ background: '#fff', color: '#000', borderRadius: 12, padding: 'clamp(16px, 4vw, 32px)', display: 'grid', gap: 24 }}>
      <div style={{ fontSize: 'clamp(22px, 6vw, 28px)' }}>请您对本次服务作出评价</div>
      {/* five across on the pad and a tablet; on a phone as many as fit a readable button, the rest on the next row */}
      <div role="radiogroup" aria-label="评价等级" style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(96px, 1fr))', gap: 12 }}>
        {GRADES.map((g) => (
          <button
            key={g}
            type="button"
            data-testid={`rate-grade-${g}`}
            role="radio"
            aria-checked={grade === g}
            onClick={() => setGrade(g)}
            style={{
              height: 'clamp(64px, 18vw, 96px)',
              fontSize: 'clamp(18px, 5vw, 26px)',
              whiteSpace: 'nowrap',
              fontWeight: 700,
              borderRadius: 12,
              cursor: 'pointer',
              border: `3px solid ${GRADE_COLOR[g]}`,
              background: grade === g ? GRADE_COLOR[g] : '#fff',
              color: grade === g ? '#fff' : GRADE_COLOR[g],
            }}
          >
            {GRADE_NAMES[g]}
          </button>
        ))}
      </div>
      <Space wrap size={10}>
        {RATING_REASONS.map((r) => (
          <Button
            key={r}
            size="large"
            style={{ fontSize: 20, height: 52 }}
            type={reasons.includes(r) ? 'primary' : 'default'}
            onClick={() => setReasons((rs) => (rs.includes(r) ? rs.filter((x) => x !== r) : [...rs, r]))}
          >
            {r}
          </Button>
        ))}
      </Space>
      <Input.TextArea rows={3} maxLength={500} style={{ fontSize: 20 }} placeholder="意见建议（选填）" value={comment} onChange={(e) => setComment(e.target.value)} data-testid="rate-comment" />
      {grade && isBadGrade(grade) && (
        <Input size="large" style={{ fontSize: 20, maxWidth: 420 }} placeholder="手机号（选填，便于回访整改结果）" value={phone} onChange={(e) => setPhone(e.target.value.trim())} />
      )}
      {send.error && <Alert type="error" showIcon title={errorText(send.error)} />}
      <Button type="primary" disabled={!grade} loading={send.isPending} style={{ height: 72, fontSize: 28 }} onClick={() => send.mutate()} data-testid="rate-submit">
        提交评价
      </Button>
    </div>
  );
}

function ByToken({ token }: { token: string }) {
  const client = useQueryClient();
  const view = useQuery({ queryKey: ['ratings', 'link', token], queryFn: ({ signal }) => api.get<LinkView>(`/ratings/link/${encodeURIComponent(token)}`, undefined, signal) });
  const v = view.data;
  if (view.error) return <Result status="warning" title={<span style={{ color: '#fff' }}>{errorText(view.error)}</span>} />;
  if (!v) return null;
  return (
    <div style={{ display: 'grid', gap: 24, maxWidth: 980 }}>
      <div style={{ fontSize: 26 }}>
        {v.ticketNumber} · {v.zoneName}
        {v.windowName ? ` · ${v.windowName}` : ''}
        {v.itemName ? ` · ${v.itemName}` : ''}
      </div>
      {v.rating ? (
        <div style={{ background: '#fff', color: '#000', borderRadius: 12, padding: 32, fontSize: 22 }} data-testid="rate-done">
          <div>
            您的评价：<b style={{ color: GRADE_COLOR[v.rating.grade] }}>{v.rating.gradeName}</b>（{dateTime(v.rating.at)}）
          </div>
          {v.rectification && (
            <div style={{ marginTop: 12 }} data-testid="rate-rectification">
              整改进度：{RECTIFY_STATUS[v.rectification.status] ?? v.rectification.status}（限 {v.rectification.dueDate} 前办结）
              {v.rectification.outcome && <div>整改结果：{v.rectification.outcome}</div>}
            </div>
          )}
        </div>
      ) : (
        <RatingForm target={{ token }} onDone={() => void client.invalidateQueries({ queryKey: ['ratings', 'link', token] })} />
      )}
    </div>
  );
}

function Pad({ windowId }: { windowId: number }) {
  const [thanks, setThanks] = useState(false);
  const pad = useQuery({
    queryKey: ['hall', 'pad', windowId],
    queryFn: ({ signal }) => api.get<{ ticket: { serviceRef: string; number: string; itemName: string | null; finishedAt: string } | null }>(`/hall/windows/${windowId}/pad`, undefined, signal),
    refetchInterval: 3000,
    retry: false,
  });
  if (pad.error) return <Alert type="warning" showIcon title={`${errorText(pad.error)}（评价器须以本窗口签到人员登录）`} />;
  if (thanks)
    return (
      <Result
        status="success"
        title={<span style={{ color: '#fff', fontSize: 36 }}>感谢您的评价！</span>}
        extra={
          <Button size="large" onClick={() => setThanks(false)}>
            返回
          </Button>
        }
      />
    );
  const t = pad.data?.ticket;
  if (!t) return <div style={{ fontSize: 36, opacity: 0.85, textAlign: 'center', marginTop: 80 }}>欢迎您！办结后请在此评价本窗口的服务</div>;
  return (
    <div style={{ display: 'grid', gap: 16, maxWidth: 980 }}>
      <div style={{ fontSize: 26 }}>
        {t.number}
        {t.itemName ? ` · ${t.itemName}` : ''}
      </div>
      <RatingForm
        key={t.serviceRef}
        target={{ serviceRef: t.serviceRef }}
        device={`pad-${windowId}`}
        onDone={() => {
          setThanks(true);
          void pad.refetch();
        }}
      />
    </div>
  );
}

function ByCase({ caseNo }: { caseNo: string }) {
  const [done, setDone] = useState(false);
  if (done) return <Result status="success" title={<span style={{ color: '#fff', fontSize: 36 }} data-testid="rate-done">感谢您的评价！</span>} />;
  return (
    <div style={{ display: 'grid', gap: 16, maxWidth: 980 }}>
      <div style={{ fontSize: 26 }}>办件 {caseNo}</div>
      <RatingForm target={{ serviceRef: `case:${caseNo}` }} onDone={() => setDone(true)} />
    </div>
  );
}

/** The rating pad, the rating link, or a case's online rating. */
export default function RatePage() {
  const [params] = useSearchParams();
  const token = params.get('token');
  const windowId = Number(params.get('window'));
  const caseNo = params.get('case');
  return (
    <HallScreen title="好差评" subtitle="您的评价是我们改进服务的依据">
      {token ? (
        <ByToken token={token} />
      ) : caseNo ? (
        <ByCase caseNo={caseNo} />
      ) : Number.isInteger(windowId) && windowId > 0 ? (
        <Pad windowId={windowId} />
      ) : (
        <Alert type="info" title="请通过办结后的评价链接，或窗口旁的评价器评价" />
      )}
    </HallScreen>
  );
}
