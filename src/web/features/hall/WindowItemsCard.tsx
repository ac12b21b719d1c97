/**
 * The hall manager's editor of which items a window serves (`PUT /hall/windows/:id/items`);
 * a 综合窗口 serves every item of its zone and needs none.
 */
import { App, Button, Card, Select, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../api/client';
import { useApiError } from '../../api/errors';
import { useZones } from '../../api/queries';
import { hallKeys, type WindowState } from './hallApi';

function ItemsEditor({ windowId, zone }: { windowId: number; zone: string }) {
  const client = useQueryClient();
  const { message } = App.useApp();
  const onError = useApiError();
  const state = useQuery({ queryKey: hallKeys.window(windowId), queryFn: ({ signal }) => api.get<WindowState>(`/hall/windows/${windowId}`, undefined, signal) });
  const items = useQuery({
    queryKey: ['catalog', 'items', 'zone', zone],
    queryFn: ({ signal }) => api.get<{ items: { code: string; name: string }[] }>('/catalog/items', { zone, pageSize: 500 }, signal),
  });
  const [chosen, setChosen] = useState<string[] | null>(null);
  const save = useMutation({
    mutationFn: (codes: string[]) => api.put<{ items: string[] }>(`/hall/windows/${windowId}/items`, { items: codes }),
    onSuccess: () => {
      message.success('已保存');
      setChosen(null);
      void client.invalidateQueries({ queryKey: hallKeys.window(windowId) });
    },
    onError: (e) => onError(e),
  });
  if (state.data?.comprehensive) return <Typography.Text type="secondary">综合窗口办理本区全部事项。</Typography.Text>;
  const value = chosen ?? state.data?.items ?? [];
  return (
    <div style={{ display: 'grid', gap: 8, justifyItems: 'start' }}>
      <Select
        mode="multiple"
        aria-label="窗口办理的事项"
        style={{ width: '100%' }}
        showSearch={{ optionFilterProp: 'label' }}
        loading={state.isPending || items.isPending}
        value={value}
        onChange={setChosen}
        options={(items.data?.items ?? []).map((i) => ({ value: i.code, label: i.name }))}
        data-testid="hall-window-items"
      />
      <Button type="primary" disabled={chosen === null} loading={save.isPending} onClick={() => save.mutate(value)} data-testid="hall-window-items-save">
        保存（{value.length} 项）
      </Button>
    </div>
  );
}

/** Pick a window, edit its items. */
export function WindowItemsCard() {
  const zones = useZones();
  const [windowId, setWindowId] = useState<number>();
  const options = (zones.data ?? []).map((z) => ({ label: `${z.code}区 ${z.name}`, options: z.windows.map((w) => ({ value: Number(w.id), label: w.name, zone: z.code })) }));
  const zone = options.flatMap((g) => g.options).find((o) => o.value === windowId)?.zone;
  return (
    <Card title="窗口办理事项" size="small" style={{ marginTop: 16 }}>
      <Select style={{ width: 320, marginBottom: 12 }} placeholder="选择窗口" aria-label="窗口" showSearch={{ optionFilterProp: 'label' }} value={windowId} onChange={setWindowId} options={options} data-testid="hall-window-select" />
      {windowId && zone && <ItemsEditor key={windowId} windowId={windowId} zone={zone} />}
    </Card>
  );
}
