/** 404 page of the web app. */
import { Result } from 'antd';
import { LinkButton } from '../../components/LinkButton';

/** Shown for unknown addresses. */
export default function NotFoundPage() {
  return (
    <Result
      status="404"
      title={<h1 style={{ font: 'inherit', color: 'inherit', margin: 0 }}>页面不存在</h1>}
      subTitle="您访问的页面不存在或已移动。"
      extra={
        <LinkButton to="/" type="primary">
          返回首页
        </LinkButton>
      }
    />
  );
}
