/**
 * The hall manager's kiosks (自助取号机): register one (its device token is shown once, as a setup
 * link and a QR code to open on the kiosk itself), see each one's tickets today, and revoke one.
 */
import { App, Button, Card, Input, Modal, Popconfirm, QRCode, Space, Table, Tag, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../api/client';
import { useApiError } from '../../api/errors';
import { dateTime, hallKeys, kioskSetupLink, type Kiosk } from './hallApi';

/** The answer to a registration: the kiosk and its token, this once. */
type Registered = Kiosk & { token: string };

function SetupLink({ kiosk, onClose }: { kiosk: Registered; onClose: () => void }) {
  const link = kioskSetupLink(kiosk.token);
  return (
    <Modal open title={`设置取号机：${kiosk.name}`} onCancel={onClose} onOk={onClose} okText="我已完成设置" cancelButtonProps={{ style: { display: 'none' } }} data-testid="kiosk-setup">
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        <Typography.Paragraph style={{ margin: 0 }}>在这台取号机的浏览器中打开下面的链接（或用它扫描二维码），本机即登记为自助取号机。链接只显示这一次，关闭后无法再查看；丢失时停用后重新登记。</Typography.Paragraph>
        <QRCode value={link} size={200} />
        <Typography.Paragraph copyable={{ text: link }} code style={{ wordBreak: 'break-all', margin: 0 }} data-testid="kiosk-setup-link">
          {link}
        </Typography.Paragraph>
      </Space>
    </Modal>
  );
}

/** Register, list and revoke the hall's kiosks. */
export function KiosksCard() {
  const client = useQueryClient();
  const { message } = App.useApp();
  const onError = useApiError();
  const [name, setName] = useState('');
  const [registered, setRegistered] = useState<Registered | null>(null);
  const kiosks = useQuery({ queryKey: hallKeys.kiosks, queryFn: ({ signal }) => api.get<{ items: Kiosk[] }>('/hall/kiosks', undefined, signal) });
  const refresh = () => void client.invalidateQueries({ queryKey: hallKeys.kiosks });
  const register = useMutation({
    mutationFn: () => api.post<Registered>('/hall/kiosks', { name: name.trim() }),
    onSuccess: (k) => {
      setName('');
      setRegistered(k);
      refresh();
    },
    onError: (e) => onError(e),
  });
  const revoke = useMutation({
    mutationFn: (id: number) => api.post<Kiosk>(`/hall/kiosks/${id}/revoke`),
    onSuccess: (k) => {
      message.success(`已停用 ${k.name}`);
      refresh();
    },
    onError: (e) => onError(e),
  });
  return (
    <Card title="自助取号机" size="small" style={{ marginTop: 16 }} data-testid="kiosks">
      <Space.Compact style={{ width: '100%', maxWidth: 520, marginBottom: 12 }}>
        <Input placeholder="取号机名称，如：大厅东门1号机" aria-label="取号机名称" maxLength={60} value={name} onChange={(e) => setName(e.target.value)} data-testid="kiosk-name" />
        <Button type="primary" disabled={!name.trim()} loading={register.isPending} onClick={() => register.mutate()} data-testid="kiosk-register">
          登记
        </Button>
      </Space.Compact>
      <Table<Kiosk>
        size="small"
        rowKey="id"
        loading={kiosks.isPending}
        dataSource={kiosks.data?.items ?? []}
        pagination={false}
        columns={[
          { title: '名称', dataIndex: 'name' },
          { title: '登记时间', dataIndex: 'createdAt', render: (v: string) => dateTime(v) },
          { title: '最近取号', dataIndex: 'lastUsedAt', render: (v: string | null) => (v ? dateTime(v) : '—') },
          { title: '今日取号', dataIndex: 'ticketsToday' },
          { title: '状态', dataIndex: 'revokedAt', render: (v: string | null) => (v ? <Tag>已停用</Tag> : <Tag color="green">在用</Tag>) },
          {
            title: '',
            key: 'actions',
            render: (_: unknown, k: Kiosk) =>
              k.revokedAt ? null : (
                <Popconfirm title={`停用 ${k.name}？停用后它不能再取号`} okText="停用" cancelText="取消" onConfirm={() => revoke.mutate(k.id)}>
                  <Button size="small" danger data-testid={`kiosk-revoke-${k.id}`}>
                    停用
                  </Button>
                </Popconfirm>
              ),
          },
        ]}
      />
      {registered ? <SetupLink kiosk={registered} onClose={() => setRegistered(null)} /> : null}
    </Card>
  );
}
