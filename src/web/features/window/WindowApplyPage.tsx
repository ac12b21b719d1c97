/**
 * `/admin/window/apply` (代为申请): the clerk picks the item, names the applicant (person with
 * 身份证号 or organisation with 统一社会信用代码), then goes through the same steps as an online
 * applicant, uploading the materials for them. `?item=` and `?case=` keep the place on reload.
 */
import { Card, Typography } from 'antd';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { ItemPicker } from '../../components/ItemPicker';
import { DetailHeader } from '../../components/PageHeader';
import { ApplyWizard } from '../apply/ApplyWizard';
import { receivePath } from './WindowPage';

/** Filing at the window on someone's behalf. */
export default function WindowApplyPage() {
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const item = params.get('item') ?? '';
  const caseNo = params.get('case');
  return (
    <div>
      <DetailHeader back={{ to: '/admin/window', label: '窗口受理' }} title="代为申请" />
      {item ? (
        <ApplyWizard
          key={item}
          itemCode={item}
          caseNo={caseNo}
          onBehalf="window"
          onCreated={(no) => setParams({ item, case: no }, { replace: true })}
          onSubmitted={(c) => navigate(receivePath(c))}
        />
      ) : (
        <Card size="small">
          <Typography.Paragraph>请选择申请事项：</Typography.Paragraph>
          <ItemPicker
            style={{ width: '100%', maxWidth: 560 }}
            placeholder="输入事项名称或编码，例如：食品经营许可"
            label="申请事项：输入事项名称或编码"
            value={undefined}
            onChange={(code) => code && setParams({ item: code })}
            testId="window-apply-item"
          />
        </Card>
      )}
    </div>
  );
}
