/** `/admin/templates` 文书模板: the eight document types, whether each uses the shipped default or an edited text. */
import { Table, Tag, Typography } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import { ErrorAlert } from '../../api/errors';
import { PageHeader } from '../../components/PageHeader';
import { formatTime } from '../../components/format';
import { testIdAttrs } from '../../components/testId';
import { useTemplates, type TemplateSummary } from '../licences/licencesApi';

/** 系统默认 / 已修改. */
export function TemplateSourceTag({ source }: { source: TemplateSummary['source'] }) {
  return (
    <Tag color={source === 'custom' ? 'gold' : 'default'} data-testid="template-source" data-source={source}>
      {source === 'custom' ? '已修改' : '系统默认'}
    </Tag>
  );
}

/** The list of templates. */
export default function TemplatesPage() {
  const list = useTemplates();
  return (
    <div>
      <PageHeader title="文书模板" />
      <Typography.Paragraph type="secondary">
        办件各环节生成的文书（PDF，加盖电子印章）按这里的模板填写。红头、标题、文号、印章、日期和核验说明由系统生成，模板只写正文。修改后新生成的文书使用新模板，已生成的文书不变。
      </Typography.Paragraph>
      <ErrorAlert error={list.error} />
      <Table<TemplateSummary>
        rowKey="type"
        size="middle"
        loading={list.isPending}
        dataSource={list.data ?? []}
        pagination={false}
        scroll={{ x: 640 }}
        data-testid="templates-table"
        onRow={(t) => testIdAttrs('template-row', { type: t.type, source: t.source })}
        columns={[
          {
            title: '文书',
            dataIndex: 'title',
            render: (title: string, t) => (
              <div>
                <Link to={`/admin/templates/${t.type}`} data-testid="template-row-link" data-type={t.type}>
                  {title}
                </Link>
                <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                  {t.type}
                </Typography.Text>
              </div>
            ),
          },
          { title: '来源', dataIndex: 'source', width: 100, render: (s: TemplateSummary['source']) => <TemplateSourceTag source={s} /> },
          { title: '修改人', dataIndex: 'updatedBy', width: 120, render: (u: string | null) => u ?? '—' },
          { title: '修改时间', dataIndex: 'updatedAt', width: 150, render: (t: string | null) => formatTime(t) },
          {
            title: '',
            key: 'edit',
            width: 80,
            render: (_: unknown, t) => (
              <Link to={`/admin/templates/${t.type}`} aria-label={`编辑 ${t.title}`}>
                <EditOutlined aria-hidden /> 编辑
              </Link>
            ),
          },
        ]}
      />
    </div>
  );
}
