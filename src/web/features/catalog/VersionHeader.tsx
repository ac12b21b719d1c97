/** The header of a version page (editor and review): back button, item name, stage, code · version · author. */
import { Typography } from 'antd';
import type { ReactNode } from 'react';
import type { VersionDetail } from '../../api/types';
import { DetailHeader } from '../../components/PageHeader';
import { StageTag } from './VersionTable';

/** "第 3 版", or what the pending version is when not yet confirmed. */
function versionText(v: VersionDetail): string {
  if (v.version) return `第 ${v.version} 版`;
  return v.isNewItem ? '新事项（待发布）' : '事项变更（待发布）';
}

/** Header card of one version; `testIds` name its title and stage tag for tests. */
export function VersionHeader({
  version,
  back,
  testIds,
  actions,
}: {
  version: VersionDetail;
  back: { to: string; label: string };
  testIds: { title: string; stage: string };
  actions?: ReactNode;
}) {
  return (
    <DetailHeader
      back={back}
      title={version.data.name}
      titleTestId={testIds.title}
      actions={actions}
      meta={
        <>
          <StageTag stage={version.stage} testId={testIds.stage} />
          <Typography.Text type="secondary" style={{ overflowWrap: 'anywhere' }}>
            {version.itemCode} · {versionText(version)} · 起草人 {version.authorName}
          </Typography.Text>
        </>
      }
    />
  );
}
