/**
 * 组织机构: the bureau with its divisions and institutions as a tree, the regulators
 * (监管部门, the former owner agencies) as a separate group, and the hall zones with their windows.
 */
import { Card, Col, Empty, Row, Tabs, Tag, Tree, Typography } from 'antd';
import type { TreeDataNode } from 'antd';
import { useMemo } from 'react';
import { useDepartments, useZones } from '../../api/queries';
import type { Department, Zone } from '../../api/types';
import { Loaded } from '../../components/Loaded';
import { PageHeader } from '../../components/PageHeader';
import { PlainList } from '../../components/PlainList';

const KIND_LABELS: Record<Department['kind'], string> = { bureau: '局', division: '内设机构', institution: '事业单位', regulator: '监管部门' };
const KIND_COLORS: Record<Department['kind'], string> = { bureau: 'blue', division: 'geekblue', institution: 'purple', regulator: 'orange' };

function nodeTitle(d: Department) {
  return (
    <span data-testid="org-department" data-code={d.code}>
      {d.name} <Tag color={KIND_COLORS[d.kind]}>{KIND_LABELS[d.kind]}</Tag>
      {d.itemCount > 0 ? <Typography.Text type="secondary">{d.itemCount} 项</Typography.Text> : null}
    </span>
  );
}

/** The bureau tree: roots are departments without a (known) parent; regulators are left out. */
function bureauTree(departments: Department[]): TreeDataNode[] {
  const own = departments.filter((d) => d.kind !== 'regulator');
  const codes = new Set(own.map((d) => d.code));
  const build = (parent: string | null): TreeDataNode[] =>
    own
      .filter((d) => (parent === null ? !d.parentCode || !codes.has(d.parentCode) : d.parentCode === parent))
      .map((d) => ({ key: d.code, title: nodeTitle(d), children: build(d.code) }));
  return build(null);
}

function Departments({ departments }: { departments: Department[] }) {
  const tree = useMemo(() => bureauTree(departments), [departments]);
  const regulators = departments.filter((d) => d.kind === 'regulator');
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={12}>
        <Card size="small" title="行政审批服务局" data-testid="org-bureau-tree">
          {tree.length ? <Tree treeData={tree} defaultExpandAll selectable={false} showLine /> : <Empty />}
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card size="small" title={`监管部门（${regulators.length}）`} data-testid="org-regulators">
          <PlainList
            items={regulators}
            rowKey={(d) => d.code}
            render={(d) => (
              <span data-testid="org-regulator" data-code={d.code}>
                {d.name}
              </span>
            )}
            extra={(d) => (d.itemCount > 0 ? <Typography.Text type="secondary">{d.itemCount} 项</Typography.Text> : null)}
          />
        </Card>
      </Col>
    </Row>
  );
}

function Zones({ zones }: { zones: Zone[] }) {
  return (
    <Row gutter={[16, 16]}>
      {zones.map((z) => (
        <Col xs={24} md={12} xl={8} key={z.code}>
          <Card size="small" title={z.name} extra={<Tag>{z.windows.length} 个窗口</Tag>} data-testid="org-zone" data-code={z.code}>
            <PlainList
              items={z.windows}
              rowKey={(w) => w.id}
              empty="暂无窗口"
              render={(w) => (
                <span>
                  <b>{w.number}号</b> {w.name}
                </span>
              )}
              extra={(w) => (w.comprehensive ? <Tag color="green">综合窗口</Tag> : null)}
            />
          </Card>
        </Col>
      ))}
    </Row>
  );
}

/** `/admin/org`. */
export default function OrgPage() {
  const departments = useDepartments();
  const zones = useZones();
  return (
    <div>
      <PageHeader title="组织机构" />
      <Tabs
        items={[
          { key: 'departments', label: '部门', children: <Loaded query={departments}>{(d) => <Departments departments={d} />}</Loaded> },
          { key: 'zones', label: '服务区与窗口', children: <Loaded query={zones}>{(z) => <Zones zones={z} />}</Loaded> },
        ]}
      />
    </div>
  );
}
