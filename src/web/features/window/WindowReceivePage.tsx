/**
 * `/admin/window/:caseNo`: receiving one case at the window. A checklist of the materials (each
 * file opens in a new tab); tick a problem on any material with its reason, then one click sends
 * the 补正告知 naming all of them at once (一次性告知). Or 受理, 容缺受理, 不予受理.
 */
import { Alert, Button, Checkbox, Input, Typography } from 'antd';
import { EditOutlined, ExceptionOutlined } from '@ant-design/icons';
import { useState } from 'react';
import type { CaseMaterial, CaseView } from '../../api/types';
import { LinkButton } from '../../components/LinkButton';
import { ActionButtons } from '../cases/ActionDialog';
import { CaseMaterialList, MaterialFiles, MaterialNotes, MaterialTitle } from '../cases/CaseBits';
import { ApplicantPanels, CaseColumns, CaseFrame, CaseRoute, ClockPanel, Panel, TimelinePanel } from '../cases/CaseLayout';
import { actionBody, useCaseAction } from '../cases/casesApi';
import { CaseNoticeRecord } from '../notices/CaseNoticeRecord';

/** One material of the checklist: its files, and the problem mark with its reason. */
function CheckRow({ c, m, index, problem, onProblem, canFlag }: { c: CaseView; m: CaseMaterial; index: number; problem: string | undefined; onProblem: (p: string | undefined) => void; canFlag: boolean }) {
  const marked = problem !== undefined;
  const passed = m.state === 'passed';
  return (
    <div data-testid="check-row" data-code={m.code} data-state={m.state} style={{ width: '100%' }}>
      <MaterialTitle m={m} index={index} />
      <MaterialNotes c={c} code={m.code} />
      {m.files.length ? <MaterialFiles caseNo={c.caseNo} files={m.files} /> : <Typography.Text type="danger">未提交文件</Typography.Text>}
      {canFlag ? (
        <div style={{ marginTop: 6 }}>
          <Checkbox checked={marked} disabled={passed} onChange={(e) => onProblem(e.target.checked ? '' : undefined)} data-testid={`problem-check-${m.code}`}>
            {passed ? '已审核通过，不能再要求补正' : '需要补正'}
          </Checkbox>
          {marked ? (
            <Input
              style={{ marginTop: 6 }}
              placeholder="补正要求，例如：复印件不清晰，请重新上传加盖公章的复印件"
              aria-label={`${m.name}：补正要求`}
              value={problem}
              maxLength={500}
              status={problem.trim() ? undefined : 'error'}
              onChange={(e) => onProblem(e.target.value)}
              data-testid={`problem-reason-${m.code}`}
              autoFocus
            />
          ) : null}
        </div>
      ) : null}
    </div>
  );
}

function Receive({ c }: { c: CaseView }) {
  const [problems, setProblems] = useState<Record<string, string | undefined>>({});
  const notify = useCaseAction(c.caseNo, () => setProblems({}));
  const canFlag = c.allowedActions.includes('request_supplement');
  const marked = Object.entries(problems).filter((e): e is [string, string] => e[1] !== undefined);
  const complete = marked.length > 0 && marked.every(([, p]) => p.trim() !== '');
  const sendNotice = () => notify.mutate(actionBody('request_supplement', c.version, { items: marked.map(([materialCode, p]) => ({ materialCode, problem: p.trim() })) }));

  return (
    <CaseFrame
      c={c}
      area="window"
      actions={
        <>
          {canFlag ? (
            <Button icon={<ExceptionOutlined />} disabled={!complete} loading={notify.isPending} onClick={sendNotice} data-testid="window-request-supplement">
              补正告知{marked.length ? `（${marked.length} 项）` : ''}
            </Button>
          ) : null}
          <ActionButtons c={c} only={['accept', 'accept_pending', 'reject']} />
          {c.status === 'draft' && c.allowedActions.includes('submit') ? (
            <LinkButton to={`/admin/window/apply?item=${encodeURIComponent(c.itemCode)}&case=${encodeURIComponent(c.caseNo)}`} icon={<EditOutlined />} data-testid="case-continue">
              继续代为申请
            </LinkButton>
          ) : null}
        </>
      }
    >
      {c.status === 'supplement_requested' ? (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} title="已发出补正告知，等待申请人补正；受理期限暂停计算。" data-testid="waiting-supplement" />
      ) : null}
      {canFlag && marked.length > 0 && !complete ? <Alert type="info" showIcon style={{ marginBottom: 16 }} title="请为每项勾选的材料填写补正要求，然后点击“补正告知”一次性告知申请人。" /> : null}
      <CaseColumns
        leftSpan={15}
        left={
          <>
            <Panel title={`材料核验（${c.materials.length} 项）`}>
              <CaseMaterialList
                c={c}
                testId="checklist"
                row={(m, index) => (
                  <CheckRow c={c} m={m} index={index} canFlag={canFlag} problem={problems[m.code]} onProblem={(p) => setProblems((all) => ({ ...all, [m.code]: p }))} />
                )}
              />
            </Panel>
            <ClockPanel c={c} />
          </>
        }
        right={
          <>
            <ApplicantPanels c={c} />
            <TimelinePanel c={c} />
            <Panel title="告知记录">
              <CaseNoticeRecord caseNo={c.caseNo} />
            </Panel>
          </>
        }
      />
    </CaseFrame>
  );
}

/** The receive page of one case. */
export default function WindowReceivePage() {
  return <CaseRoute>{(c) => <Receive c={c} />}</CaseRoute>;
}
