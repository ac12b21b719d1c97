/** A centred spinner while a lazy page or its data loads. */
import { Spin } from 'antd';

/** Full-width loading placeholder. */
export function PageLoading({ tip = '加载中…' }: { tip?: string }) {
  return (
    <div style={{ padding: '64px 0', textAlign: 'center' }} aria-busy="true">
      <Spin size="large" />
      <div style={{ marginTop: 12, color: '#595959' }}>{tip}</div>
    </div>
  );
}
