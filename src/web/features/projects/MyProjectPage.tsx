/** `/my/projects/:id`: one project as its company or agent follows it — the overall deadline and every item's progress. */
import { Breadcrumb, Descriptions, Space } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { ApplicantGuard } from '../../app/ApplicantGuard';
import { Loaded } from '../../components/Loaded';
import { DetailHeader } from '../../components/PageHeader';
import { ProjectClockTag, ProjectProgress } from './ProjectProgress';
import { useProject } from './projectsApi';

function MyProject() {
  const { id = '' } = useParams();
  const project = useProject(id);
  return (
    <Loaded query={project}>
      {(p) => (
        <>
          <Breadcrumb style={{ marginBottom: 12 }} items={[{ title: <Link to="/">首页</Link> }, { title: <Link to="/my/projects">我的项目</Link> }, { title: p.code }]} />
          <DetailHeader back={{ to: '/my/projects', label: '返回' }} title={p.name} titleTestId="project-name" meta={<ProjectClockTag clock={p.clock} />}>
            <Descriptions size="small" column={{ xs: 1, md: 3 }} style={{ marginTop: 12 }}>
              <Descriptions.Item label="项目编号">{p.code}</Descriptions.Item>
              <Descriptions.Item label="申请企业">
                <Space wrap>
                  {p.companyName}
                  {p.creditCode ?? ''}
                </Space>
              </Descriptions.Item>
              <Descriptions.Item label="代办员">{p.agent ? `${p.agent.name}（代办服务免费）` : '企业自办'}</Descriptions.Item>
            </Descriptions>
          </DetailHeader>
          <ProjectProgress project={p} caseLink={(c) => `/my/cases/${encodeURIComponent(c)}`} />
        </>
      )}
    </Loaded>
  );
}

/** The page, for logged-in applicants and agents (the server answers 404 for anyone else's project). */
export default function MyProjectPage() {
  return (
    <ApplicantGuard>
      <MyProject />
    </ApplicantGuard>
  );
}
