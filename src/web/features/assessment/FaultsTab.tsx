/**
 * 一票否决认定 (director): the month's serious-fault candidates — substantiated 吃拿卡要 complaints,
 * cases past their statutory day, 非常不满意 ratings about conduct — each verified (the month fails)
 * or dismissed, with a note; who decided and when stays on record.
 */
import { Button, Input, Modal, Space, Table, Tag, type ButtonProps } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../api/client';
import { useApiError } from '../../api/errors';
import { Loaded } from '../../components/Loaded';
import { formatTime } from '../../components/format';
import { dataTestId, testIdAttrs } from '../../components/testId';
import { assessmentKeys, type Fault } from './assessmentApi';

export function FaultsTab({ month }: { month: string }) {
  const client = useQueryClient();
  const onError = useApiError();
  const faults = useQuery({ queryKey: [...assessmentKeys.all, 'faults', month], queryFn: ({ signal }) => api.get<{ items: Fault[] }>('/assessment/faults', { month }, signal) });
  const [acting, setActing] = useState<{ fault: Fault; decision: 'verified' | 'dismissed' } | null>(null);
  const [note, setNote] = useState('');
  const decide = useMutation({
    mutationFn: () => api.post<Fault>('/assessment/faults', { month, sourceRef: acting?.fault.sourceRef, decision: acting?.decision, note }),
    onSuccess: () => {
      setActing(null);
      setNote('');
      void client.invalidateQueries({ queryKey: assessmentKeys.all });
    },
    onError: (e) => onError(e),
  });
  return (
    <Loaded query={faults}>
      {(d) => (
        <>
          <Table<Fault>
            rowKey="sourceRef"
            size="small"
            pagination={false}
            dataSource={d.items}
            data-testid="assessment-faults"
            locale={{ emptyText: '本月没有严重过错线索' }}
            onRow={(f) => testIdAttrs('assessment-fault', { ref: f.sourceRef, decision: f.decision ?? '' })}
            columns={[
              { title: '人员', dataIndex: 'staffName' },
              { title: '类型', dataIndex: 'kindName' },
              { title: '线索', dataIndex: 'title' },
              { title: '日期', dataIndex: 'date' },
              {
                title: '认定',
                render: (_, f) =>
                  f.decision ? (
                    <Space direction="vertical" size={0}>
                      {f.decision === 'verified' ? <Tag color="red">已认定 · 一票否决</Tag> : <Tag>已排除</Tag>}
                      <span>
                        {f.note}（{f.decidedBy}，{formatTime(f.decidedAt)}）
                      </span>
                    </Space>
                  ) : (
                    <Space>
                      <Button size="small" danger onClick={() => setActing({ fault: f, decision: 'verified' })} data-testid="assessment-fault-verify">
                        认定
                      </Button>
                      <Button size="small" onClick={() => setActing({ fault: f, decision: 'dismissed' })} data-testid="assessment-fault-dismiss">
                        排除
                      </Button>
                    </Space>
                  ),
              },
            ]}
          />
          <Modal
            open={!!acting}
            title={acting?.decision === 'verified' ? `认定严重过错（一票否决）· ${acting.fault.staffName}` : '排除线索'}
            okText="提交"
            okButtonProps={{ danger: acting?.decision === 'verified', disabled: !note.trim(), loading: decide.isPending, ...dataTestId<ButtonProps>('assessment-fault-submit') }}
            onCancel={() => setActing(null)}
            onOk={() => decide.mutate()}
          >
            <p>{acting?.fault.title}</p>
            <Input.TextArea rows={3} value={note} onChange={(e) => setNote(e.target.value)} placeholder="认定或排除的依据（调查经过、证据）" data-testid="assessment-fault-note" />
          </Modal>
        </>
      )}
    </Loaded>
  );
}
