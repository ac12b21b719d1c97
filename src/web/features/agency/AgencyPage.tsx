/**
 * `/admin/agency` (代办服务中心): each agent's workload — projects, open and overdue cases (by the
 * cases' own clocks), cases waiting on the agent — with reassignment of a project to another
 * agent, and every company's authorisation. The service is free of charge.
 */
import { Alert, Button, Card, Modal, Select, Space, Table, Tag } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { api } from '../../api/client';
import { useApiError } from '../../api/errors';
import { Loaded } from '../../components/Loaded';
import { PageHeader } from '../../components/PageHeader';
import { testIdAttrs } from '../../components/testId';
import { AuthorisationTable } from '../projects/MyProjectsPage';
import { ProjectClockTag } from '../projects/ProjectProgress';
import { useAuthorisations, useWorkload, type AgentLoad, type Project } from '../projects/projectsApi';

type Row = AgentLoad['projectList'][number] & { agentUserId: string };

/** The centre's page. */
export default function AgencyPage() {
  const workload = useWorkload();
  const auths = useAuthorisations();
  const client = useQueryClient();
  const onError = useApiError();
  const [moving, setMoving] = useState<Row | null>(null);
  const [target, setTarget] = useState<string | undefined>();
  const agents = workload.data?.agents ?? [];
  const reassign = useMutation({
    mutationFn: () => api.post<Project>(`/projects/${moving?.id}/reassign`, { agentUserId: target, rev: moving?.rev }),
    onSuccess: () => {
      setMoving(null);
      setTarget(undefined);
      void client.invalidateQueries({ queryKey: ['agency'] });
      void client.invalidateQueries({ queryKey: ['projects'] });
    },
    onError: (e) => onError(e),
  });
  return (
    <div>
      <PageHeader title="代办服务中心" />
      <Alert type="success" showIcon style={{ marginBottom: 16 }} title="投资建设项目代办服务全程免费" description="代办员受企业书面委托代为申报、跟踪各审批事项，不向企业收取任何费用。" data-testid="agency-free-notice" />
      <Card size="small" title="代办员工作量" style={{ marginBottom: 16 }}>
        <Loaded query={workload}>
          {(w) => (
            <Table<AgentLoad>
              rowKey="userId"
              size="small"
              dataSource={w.agents}
              pagination={false}
              onRow={(a) => testIdAttrs('agent-load', { user: a.userId })}
              expandable={{
                defaultExpandAllRows: true,
                rowExpandable: (a) => a.projectList.length > 0,
                expandedRowRender: (a) => (
                  <Table<Row>
                    rowKey="id"
                    size="small"
                    pagination={false}
                    dataSource={a.projectList.map((p) => ({ ...p, agentUserId: a.userId }))}
                    onRow={(p) => testIdAttrs('agent-project', { id: p.id })}
                    columns={[
                      { title: '项目', render: (_, p) => <Link to={`/admin/projects/${p.id}`}>{`${p.code} ${p.name}`}</Link> },
                      { title: '企业', dataIndex: 'companyName' },
                      { title: '状态', render: (_, p) => <ProjectClockTag clock={p} /> },
                      {
                        title: '',
                        render: (_, p) => (
                          <Button size="small" onClick={() => setMoving(p)} data-testid="reassign">
                            改派
                          </Button>
                        ),
                      },
                    ]}
                  />
                ),
              }}
              columns={[
                { title: '代办员', dataIndex: 'name' },
                { title: '项目', render: (_, a) => `${a.activeProjects} 在办 / ${a.projects}` },
                { title: '在办事项', dataIndex: 'openCases' },
                { title: '超期事项', render: (_, a) => (a.overdueCases ? <Tag color="red">{a.overdueCases}</Tag> : 0) },
                { title: '待代办员处理', render: (_, a) => (a.waitingOnAgent ? <Tag color="orange">{a.waitingOnAgent}</Tag> : 0) },
              ]}
            />
          )}
        </Loaded>
      </Card>
      <Card size="small" title="企业授权委托">
        <AuthorisationTable list={auths} />
      </Card>
      <Modal title={moving ? `改派：${moving.name}` : ''} open={!!moving} onCancel={() => setMoving(null)} onOk={() => reassign.mutate()} okButtonProps={{ disabled: !target }} confirmLoading={reassign.isPending}>
        <Space orientation="vertical" style={{ width: '100%' }}>
          <span>改派后，新代办员接手该项目全部事项的申报和跟踪，原代办员不再看到该项目。</span>
          <Select
            style={{ width: '100%' }}
            placeholder="选择代办员"
            value={target}
            onChange={setTarget}
            data-testid="reassign-target"
            options={agents.filter((a) => a.userId !== moving?.agentUserId).map((a) => ({ value: a.userId, label: `${a.name}（在办 ${a.openCases} 件）` }))}
          />
        </Space>
      </Modal>
    </div>
  );
}
