/**
 * `/admin/inspections/:id`: one inspection, made for an inspector's phone on site — each checklist
 * point 符合 / 不符合 / 不适用 with a note, notes, rectification, the position from the browser,
 * photos, then 保存 and 确认 under one's own login (the report is final when every assigned
 * inspector confirmed the same version; saving again voids the confirmations). The centre and the
 * case's officers see the same page read-only.
 */
import { Alert, Button, Card, DatePicker, Descriptions, Form, Input, Radio, Space, Tag, Typography, Upload, App as AntApp } from 'antd';
import { AimOutlined, CameraOutlined, CheckCircleOutlined, SaveOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { POINT_RESULTS, type PointResultValue } from '../../../domain/inspection';
import { formatTime } from '../../components/format';
import { Loaded } from '../../components/Loaded';
import { DetailHeader } from '../../components/PageHeader';
import { InspectorTags, OutcomeTag, ResultList } from './InspectionCard';
import { inspectionCalls, useInspection, useInspectionMutation, type Inspection } from './inspectionsApi';

interface ReportValues {
  results: { result?: PointResultValue; note?: string }[];
  notes: string;
  rectification: string;
  rectifyDue?: Dayjs | null;
}

function valuesOf(i: Inspection): ReportValues {
  return {
    results: i.checklist.map((point) => {
      const r = i.results.find((x) => x.point === point);
      return { result: i.recordedAt ? r?.result : undefined, note: r?.note ?? '' };
    }),
    notes: i.notes,
    rectification: i.rectification,
    rectifyDue: i.rectifyDue ? dayjs(i.rectifyDue) : null,
  };
}

function ReportForm({ i }: { i: Inspection }) {
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<ReportValues>();
  const [dirty, setDirty] = useState(false);
  const [location, setLocation] = useState(i.location);
  const [locating, setLocating] = useState(false);
  const results = Form.useWatch('results', form) as ReportValues['results'] | undefined;
  const anyFail = (results ?? []).some((r) => r?.result === 'fail');
  const save = useInspectionMutation(
    (v: ReportValues) =>
      inspectionCalls.report(i.id, {
        expectedRev: i.rev,
        results: i.checklist.map((point, n) => ({ point, result: v.results[n]?.result ?? 'na', note: v.results[n]?.note ?? '' })),
        notes: v.notes ?? '',
        rectification: anyFail ? (v.rectification ?? '') : '',
        rectifyDue: anyFail && v.rectification && v.rectifyDue ? v.rectifyDue.format('YYYY-MM-DD') : null,
        location,
      }),
    (saved) => {
      setDirty(false);
      form.setFieldsValue(valuesOf(saved));
      message.success('踏勘记录已保存，请各踏勘人员确认');
    },
  );
  const confirm = useInspectionMutation(
    () => inspectionCalls.confirm(i.id, i.rev),
    (done) => message.success(done.status === 'done' ? '全部踏勘人员已确认，踏勘报告已出具' : '已确认，等待其他踏勘人员确认'),
  );
  const photo = useInspectionMutation((file: File) => inspectionCalls.photo(i.id, file));
  // an assigned inspector who may no longer confirm the recorded report has confirmed it
  const confirmedByMe = !!i.recordedAt && !i.can.confirm;

  const locate = () => {
    if (!navigator.geolocation) {
      message.warning('此浏览器不能获取位置');
      return;
    }
    setLocating(true);
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        setLocating(false);
        setLocation({ lat: Number(pos.coords.latitude.toFixed(6)), lng: Number(pos.coords.longitude.toFixed(6)) });
        setDirty(true);
      },
      () => {
        setLocating(false);
        message.warning('未能获取位置（可不填）');
      },
      { enableHighAccuracy: true, timeout: 10_000 },
    );
  };

  return (
    <Form form={form} layout="vertical" initialValues={valuesOf(i)} onValuesChange={() => setDirty(true)} onFinish={(v) => save.mutate(v)} data-testid="report-form">
      <Card size="small" title={`检查要点（${i.checklist.length} 项）`} style={{ marginBottom: 12 }}>
        {i.checklist.map((point, n) => (
          <div key={point} data-testid={`point-${n}`} data-point={point} style={{ padding: '8px 0', borderBottom: '1px solid #f0f0f0' }}>
            <div style={{ marginBottom: 6 }}>
              {n + 1}. {point}
            </div>
            <Form.Item name={['results', n, 'result']} rules={[{ required: true, message: '请选择结果' }]} style={{ marginBottom: 6 }}>
              <Radio.Group optionType="button" buttonStyle="solid" options={Object.entries(POINT_RESULTS).map(([value, label]) => ({ value, label }))} />
            </Form.Item>
            <Form.Item
              name={['results', n, 'note']}
              style={{ marginBottom: 0 }}
              rules={[{ validator: async (_, v?: string) => (results?.[n]?.result === 'fail' && !v?.trim() ? Promise.reject(new Error('不符合的要点须写明情况')) : undefined) }]}
            >
              <Input placeholder={results?.[n]?.result === 'fail' ? '写明不符合的情况（必填）' : '说明（可不填）'} maxLength={500} data-testid={`point-note-${n}`} />
            </Form.Item>
          </div>
        ))}
      </Card>
      <Card size="small" title="现场情况" style={{ marginBottom: 12 }}>
        <Form.Item name="notes" label="情况说明">
          <Input.TextArea rows={3} maxLength={2000} data-testid="report-notes" />
        </Form.Item>
        {anyFail ? (
          <>
            <Form.Item name="rectification" label="整改要求（不填则不要求整改）">
              <Input.TextArea rows={2} maxLength={1000} data-testid="report-rectification" />
            </Form.Item>
            <Form.Item name="rectifyDue" label="整改期限">
              <DatePicker style={{ width: '100%' }} data-testid="report-rectify-due" />
            </Form.Item>
          </>
        ) : null}
        <Space wrap>
          <Button icon={<AimOutlined />} loading={locating} onClick={locate} data-testid="report-locate">
            记录当前位置
          </Button>
          <span data-testid="report-location">{location ? `北纬 ${location.lat}，东经 ${location.lng}` : '未记录位置（可不填）'}</span>
        </Space>
      </Card>
      <Card size="small" title={`现场照片（${i.photos.length}）`} style={{ marginBottom: 12 }}>
        <Space wrap style={{ marginBottom: 8 }}>
          {i.photos.map((p) => (
            <a key={p.id} href={p.url} target="_blank" rel="noreferrer" data-testid="report-photo-item">
              <img src={p.url} alt={p.name} style={{ width: 96, height: 96, objectFit: 'cover', borderRadius: 4 }} />
            </a>
          ))}
        </Space>
        <Upload
          accept="image/jpeg,image/png,image/webp"
          showUploadList={false}
          beforeUpload={(file) => {
            photo.mutate(file);
            return false;
          }}
        >
          <Button icon={<CameraOutlined />} loading={photo.isPending} data-testid="report-photo">
            拍照或上传照片
          </Button>
        </Upload>
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
          JPEG、PNG、WebP，每张不超过 5 MB。上传新照片后需重新确认。
        </Typography.Paragraph>
      </Card>
      <div style={{ position: 'sticky', bottom: 0, background: '#fff', padding: '12px 0', display: 'flex', gap: 8 }}>
        <Button type={dirty || !i.recordedAt ? 'primary' : 'default'} htmlType="submit" icon={<SaveOutlined />} loading={save.isPending} block data-testid="report-save">
          保存记录
        </Button>
        <Button
          type={!dirty && i.can.confirm ? 'primary' : 'default'}
          icon={<CheckCircleOutlined />}
          disabled={dirty || !i.can.confirm}
          loading={confirm.isPending}
          onClick={() => confirm.mutate(undefined)}
          block
          data-testid="report-confirm"
        >
          {confirmedByMe && !dirty ? '已确认' : '确认踏勘记录'}
        </Button>
      </div>
    </Form>
  );
}

function InspectionDetail({ i }: { i: Inspection }) {
  return (
    <div data-testid="inspection-page" data-status={i.status} data-rev={i.rev} style={{ maxWidth: 760 }}>
      <DetailHeader
        back={{ to: i.can.record || i.status === 'done' ? '/admin/inspections/tasks' : '/admin/inspections', label: '踏勘任务' }}
        title={i.itemName}
        meta={
          <>
            <Tag color={i.status === 'done' ? 'green' : 'blue'}>{i.statusName}</Tag>
            <OutcomeTag outcome={i.outcome} />
            {i.overdue ? <Tag color="red">报告逾期</Tag> : null}
          </>
        }
      >
        <Descriptions size="small" column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label="办件">{i.caseNo}</Descriptions.Item>
          <Descriptions.Item label="申请人">{i.applicantName}</Descriptions.Item>
          <Descriptions.Item label="时间">{i.scheduledOn ?? '待安排'}</Descriptions.Item>
          <Descriptions.Item label="地点">{i.address ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="事由">{i.reason}</Descriptions.Item>
          <Descriptions.Item label="报告期限">{i.reportDue ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="踏勘人员" span={2}>
            <InspectorTags i={i} />
          </Descriptions.Item>
          {i.recordedAt ? (
            <Descriptions.Item label="记录" span={2}>
              {i.recordedBy} {formatTime(i.recordedAt)}
            </Descriptions.Item>
          ) : null}
        </Descriptions>
      </DetailHeader>
      {i.status === 'done' ? (
        <Alert type="success" showIcon style={{ margin: '12px 0' }} data-testid="inspection-final" title={`踏勘报告已于 ${i.finishedOn ?? ''} 出具，见办件文书“现场踏勘报告”`} />
      ) : null}
      <div style={{ marginTop: 12 }}>
        {i.can.record ? (
          <ReportForm i={i} />
        ) : (
          <Card size="small" title="踏勘记录">
            <ResultList i={i} />
            {i.notes ? <Typography.Paragraph style={{ marginTop: 8 }}>情况说明：{i.notes}</Typography.Paragraph> : null}
            {i.rectification ? <Typography.Paragraph>整改要求：{i.rectification}（{i.rectifyDue} 前）</Typography.Paragraph> : null}
            {i.photos.length ? <Typography.Paragraph>现场照片：{i.photos.map((p) => p.name).join('、')}</Typography.Paragraph> : null}
          </Card>
        )}
      </div>
    </div>
  );
}

/** The page. */
export default function InspectionRecordPage() {
  const { id = '' } = useParams();
  const q = useInspection(id);
  return <Loaded query={q}>{(i) => <InspectionDetail i={i} />}</Loaded>;
}
