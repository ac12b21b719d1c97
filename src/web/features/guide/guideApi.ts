/** The guide API (/api/v1/guide): types of its answers and the queries the guide screens share. */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';

export type GuideField = 'name' | 'alias' | 'keyword' | 'oldName' | 'situation' | 'material' | 'description';

export const FIELD_LABELS: Record<GuideField, string> = {
  name: '名称',
  alias: '别名',
  keyword: '关键词',
  oldName: '曾用名',
  situation: '办理情形',
  material: '申请材料',
  description: '事项说明',
};

export interface GuideMatch {
  field: GuideField;
  text: string;
  terms: string[];
}

export interface GuideOffice {
  name: string;
  address: string;
  hours: string;
  phone: string;
}

export interface GuideItem {
  code: string;
  name: string;
  kind: string;
  disposition: string | null;
  applicable: boolean;
  notice: string | null;
  /** where a not-stationed item is applied for */
  office: GuideOffice | null;
  resultType: string;
  resultName: string;
  replacedBy: { code: string; name: string }[];
  delegatedTo: string | null;
  parent: { code: string; name: string } | null;
  onlineLevel: string;
  onlineLevelName: string;
  zone: string | null;
  zoneName: string | null;
  location: string;
  departmentName: string;
  promisedDays: number;
  statutoryDays: number;
  instant: boolean;
  feeFree: boolean;
  fees: { name: string; basis: string; amount: string }[];
  hasQuestions: boolean;
}

export interface GuideResult extends GuideItem {
  score: number;
  matched: GuideMatch[];
}

export interface Scenario {
  id: string;
  name: string;
  summary: string;
  items: (GuideItem & { step: number; note: string })[];
}

/** A matter the bureau does not handle: where to go instead. */
export interface Referral {
  id: string;
  name: string;
  notice: string;
  office: GuideOffice;
}

export interface SearchAnswer {
  results: GuideResult[];
  scenarios: (Scenario & { score: number; matched: GuideMatch[] })[];
  referrals: Referral[];
}

export interface Suggestion {
  type: 'item' | 'scenario';
  id: string;
  code: string | null;
  text: string;
  name: string;
}

export interface Question {
  id: string;
  text: string;
  kind: 'single' | 'yesno';
  options: { code: string; name: string; description: string }[];
}

export type Answers = Record<string, string | boolean>;

export interface Checklist {
  itemCode: string;
  itemName: string;
  version: number;
  situationCodes: string[];
  situations: string[];
  onlineLevel: string;
  location: string;
  office: GuideOffice | null;
  promisedDays: number;
  materials: {
    code: string;
    name: string;
    source: string;
    requirement: 'required' | 'conditional';
    addedBy: string[];
    originals: number;
    copies: number;
    form: string;
    notes: string;
    template: string | null;
    templateUrl: string | null;
    toleranceAllowed: boolean;
    commitmentAllowed: boolean;
    reusable: { fileId: string; fileName: string; caseNo: string; itemName: string }[];
  }[];
}

/** Search results for `q` (none for an empty q). */
export const useGuideSearch = (q: string) =>
  useQuery({
    queryKey: ['guide', 'search', q],
    queryFn: ({ signal }) => api.get<SearchAnswer>('/guide/search', { q, limit: 20 }, signal),
    enabled: q.length > 0,
  });

/** Type-ahead suggestions; the previous list stays while the next one loads. */
export const useSuggestions = (q: string) =>
  useQuery({
    queryKey: ['guide', 'suggest', q],
    queryFn: ({ signal }) => api.get<{ items: Suggestion[] }>('/guide/suggest', { q }, signal),
    enabled: q.length > 0,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });

export const useScenario = (id: string) =>
  useQuery({ queryKey: ['guide', 'scenarios', id], queryFn: ({ signal }) => api.get<Scenario>(`/guide/scenarios/${encodeURIComponent(id)}`, undefined, signal) });

export const useScenarios = () =>
  useQuery({ queryKey: ['guide', 'scenarios'], queryFn: ({ signal }) => api.get<{ items: Scenario[] }>('/guide/scenarios', undefined, signal), staleTime: 10 * 60_000 });

export const useQuestions = (code: string) =>
  useQuery({
    queryKey: ['guide', 'questions', code],
    queryFn: ({ signal }) => api.get<{ itemCode: string; itemName: string; questions: Question[] }>(`/guide/items/${encodeURIComponent(code)}/questions`, undefined, signal),
  });

/** The material list for the answers (it follows them as they change). */
export const useChecklist = (itemCode: string, answers: Answers) =>
  useQuery({
    queryKey: ['guide', 'checklist', itemCode, answers],
    queryFn: () => api.post<Checklist>('/guide/checklist', { itemCode, answers }),
    placeholderData: keepPreviousData,
  });
