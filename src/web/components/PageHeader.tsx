/** Page headings: the title of a list page, the header card of a detail page, and the filter bar. */
import { Card, Row, Space, Typography } from 'antd';
import { RollbackOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import { LinkButton } from './LinkButton';

/** The page's title as its one h1 (sized like the other page titles), with actions on the right. */
export function PageHeader({ title, extra }: { title: ReactNode; extra?: ReactNode }) {
  return (
    <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 8, flexWrap: 'wrap', marginBottom: 16 }}>
      <Typography.Title level={1} style={{ margin: 0, fontSize: 24 }}>
        {title}
      </Typography.Title>
      {extra}
    </div>
  );
}

/**
 * The header card of a detail page: back button, title (h1), `meta` (tags, facts) beside it,
 * `actions` on the right and `children` below.
 */
export function DetailHeader({
  back,
  title,
  titleTestId,
  meta,
  actions,
  children,
}: {
  back?: { to: string; label: string };
  title: ReactNode;
  titleTestId?: string;
  meta?: ReactNode;
  actions?: ReactNode;
  children?: ReactNode;
}) {
  return (
    <Card size="small" style={{ marginBottom: 16 }}>
      <div style={{ display: 'flex', flexWrap: 'wrap', justifyContent: 'space-between', alignItems: 'center', gap: 12 }}>
        <Space wrap>
          {back ? (
            <LinkButton to={back.to} size="small" icon={<RollbackOutlined />}>
              {back.label}
            </LinkButton>
          ) : null}
          <Typography.Title level={1} style={{ margin: 0, fontSize: 20, overflowWrap: 'anywhere' }} data-testid={titleTestId}>
            {title}
          </Typography.Title>
          {meta}
        </Space>
        {actions ? <Space wrap>{actions}</Space> : null}
      </div>
      {children}
    </Card>
  );
}

/** The card of search and filter controls above a list; children are grid columns. */
export function FilterBar({ children }: { children: ReactNode }) {
  return (
    <Card size="small" style={{ marginBottom: 16 }}>
      <Row gutter={[12, 12]} align="middle">
        {children}
      </Row>
    </Card>
  );
}
