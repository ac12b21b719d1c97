/**
 * Calls of the documents and licences API (issue #4): a case's documents (文书), the electronic
 * licences (电子证照) and their public verification, the document templates (admin) and the
 * public decisions register. Shapes follow src/server/modules/{documents,licences}/*.routes.ts.
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { DocumentType, LicenceAction, LicencePayload, LicenceStatus } from '../../../domain/licence';
import { API_BASE, api, download, type Query } from '../../api/client';
import type { ItemsOf, Ok, Page } from '../../api/types';

// ------------------------------------------------------------------------------ documents

/** One document of a case (`GET /cases/:caseNo/documents`). */
export interface CaseDocument {
  id: string;
  type: DocumentType;
  title: string;
  number: string;
  actionSeq: number;
  sha256: string;
  keyId: string;
  /** `/api/v1/documents/:id`, the PDF */
  url: string;
  createdAt: string;
}

/** The answer of `POST /documents/verify` (generated from docs/openapi.json). */
export type DocumentCheck = Ok<'postDocumentsVerify'>;
/** A registered document as its QR code opens it: the stored original checked, and where to fetch it. */
export type RegisteredDocument = Ok<'getDocumentsRegisteredById'>;

/** Query keys of this API. */
export const licenceKeys = {
  documents: (caseNo: string) => ['documents', 'case', caseNo] as const,
  licences: (query: Query) => ['licences', 'list', query] as const,
  licence: (no: string) => ['licences', 'one', no] as const,
  verify: (no: string) => ['licences', 'verify', no] as const,
  presented: (qr: string) => ['licences', 'presented', qr] as const,
  registered: (id: string) => ['documents', 'registered', id] as const,
  templates: ['documents', 'templates'] as const,
  template: (type: string) => ['documents', 'templates', type] as const,
  decisions: (query: Query) => ['public', 'decisions', query] as const,
};

/**
 * The documents of a case. `version` (the case's version) is part of the key, so a new action
 * (which makes its documents just after it commits; the endpoint waits for them) reads them again.
 */
export function useCaseDocuments(caseNo: string, version: number) {
  return useQuery({
    queryKey: [...licenceKeys.documents(caseNo), version],
    queryFn: ({ signal }) => api.get<ItemsOf<CaseDocument>>(`/cases/${encodeURIComponent(caseNo)}/documents`, undefined, signal),
    select: (d) => d.items,
    placeholderData: keepPreviousData,
  });
}

/** `POST /documents/verify` with an uploaded PDF. */
export function verifyDocument(file: File): Promise<DocumentCheck> {
  const data = new FormData();
  data.set('file', file, file.name);
  return api.upload<DocumentCheck>('/documents/verify', data);
}

// ------------------------------------------------------------------------------ licences

/** A licence as `GET /licences` and `GET /licences/:no` give it: what it says (the signed payload) and its state. */
export interface Licence extends Omit<LicencePayload, 'v'> {
  status: LicenceStatus;
  statusName: string;
  holderKind: 'person' | 'organisation';
  departmentCode: string;
  keyId: string;
  signature: string;
  statusReason: string | null;
  statusBy: string | null;
  statusOn: string | null;
}

/** One licence with its versions. */
export interface LicenceDetail extends Licence {
  versions: { version: number; status: LicenceStatus; caseNo: string; at: string }[];
}

/** The public check of a licence (by number, or as presented in its QR code or file), generated from docs/openapi.json. */
export type LicenceCheck = Ok<'getLicencesByNoVerify'>;

/** Filters of `GET /licences`. */
export interface LicenceQuery extends Query {
  holderId?: string;
  item?: string;
  status?: string;
  caseNo?: string;
  page?: number;
  pageSize?: number;
}

const licencePath = (no: string) => `/licences/${encodeURIComponent(no)}`;

/** URL of a licence's PDF (opened in a new tab; the session cookie goes along). */
export const licencePdfUrl = (no: string, version?: number) => `${API_BASE}${licencePath(no)}/pdf${version ? `?version=${version}` : ''}`;

/** Downloads the signed licence file (`GET /licences/:no/export`). */
export const exportLicence = (no: string, version?: number) => download(`${licencePath(no)}/export`, `${no}.json`, { version });

/** A page of licences the caller may see. */
export function useLicences(query: LicenceQuery, enabled = true) {
  return useQuery({
    queryKey: licenceKeys.licences(query),
    queryFn: ({ signal }) => api.get<Page<Licence>>('/licences', query, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/**
 * The licence an approved case issued (or whose later version it produced). The licence is made
 * before the case's documents, so callers ask once the documents have been read (`enabled`);
 * `version` (the case's) in the key reads it again after each action.
 */
export function useCaseLicence(caseNo: string, version: number, enabled: boolean) {
  return useQuery({
    queryKey: ['licences', 'case', caseNo, version],
    queryFn: ({ signal }) => api.get<Page<Licence>>('/licences', { caseNo, pageSize: 5 }, signal),
    select: (d) => d.items[0] ?? null,
    enabled,
  });
}

/** One licence with its versions. */
export function useLicence(no: string | null) {
  return useQuery({
    queryKey: licenceKeys.licence(no ?? ''),
    queryFn: ({ signal }) => api.get<LicenceDetail>(licencePath(no ?? ''), undefined, signal),
    enabled: !!no,
  });
}

/** `POST /licences/:no/actions`: suspend, restore, revoke or cancel, with a reason. */
export const actOnLicence = (no: string, type: LicenceAction, reason: string) => api.post<Licence>(`${licencePath(no)}/actions`, { type, reason });

/** The public check of a licence number. */
export function useLicenceCheck(no: string) {
  return useQuery({
    queryKey: licenceKeys.verify(no),
    queryFn: ({ signal }) => api.get<LicenceCheck>(`${licencePath(no)}/verify`, undefined, signal),
    enabled: no !== '',
    staleTime: 0,
  });
}

/** The check of a presented licence: the QR code's text or just its fragment. */
export function usePresentedCheck(qr: string) {
  return useQuery({
    queryKey: licenceKeys.presented(qr),
    queryFn: () => api.post<LicenceCheck>('/licences/verify', { qr }),
    enabled: qr !== '',
    staleTime: 0,
  });
}

// ------------------------------------------------------------------------------ templates

/** One row of `GET /documents/templates`. */
export interface TemplateSummary {
  type: DocumentType;
  title: string;
  source: 'file' | 'custom';
  updatedBy: string | null;
  updatedAt: string | null;
}

/** One template (`GET /documents/templates/:type`): the body in force and the shipped default. */
export interface DocumentTemplate {
  type: DocumentType;
  title: string;
  body: string;
  source: 'file' | 'custom';
  shipped: string;
}

const templatePath = (type: string) => `/documents/templates/${encodeURIComponent(type)}`;

/** The templates of every document type. */
export function useTemplates() {
  return useQuery({
    queryKey: licenceKeys.templates,
    queryFn: ({ signal }) => api.get<ItemsOf<TemplateSummary>>('/documents/templates', undefined, signal),
    select: (d) => d.items,
  });
}

/** One template. */
export function useTemplate(type: string, enabled = true) {
  return useQuery({
    queryKey: licenceKeys.template(type),
    queryFn: ({ signal }) => api.get<DocumentTemplate>(templatePath(type), undefined, signal),
    enabled,
  });
}

/** Saves a template body, or (`reset`) goes back to the shipped default. */
export const saveTemplate = (type: string, change: { body: string } | { reset: true }) => api.put<DocumentTemplate>(templatePath(type), change);

/** A PDF rendered from `body` with sample data. */
export const previewTemplate = (type: string, body: string) => api.postForBlob(`${templatePath(type)}/preview`, { body });

// ------------------------------------------------------------------------------ decisions register

/** One decision of the public register (art. 40), the applicant's name masked. */
export interface PublicDecision {
  caseNo: string;
  itemCode: string;
  itemName: string;
  applicantName: string;
  result: 'approve' | 'refuse';
  resultName: string;
  decidedOn: string;
}

/** Filters of `GET /public/decisions`. */
export interface DecisionQuery extends Query {
  item?: string;
  from?: string;
  to?: string;
  result?: string;
  page: number;
  pageSize: number;
}

/** A page of the public decisions register. */
export function useDecisions(query: DecisionQuery) {
  return useQuery({
    queryKey: licenceKeys.decisions(query),
    queryFn: ({ signal }) => api.get<Page<PublicDecision>>('/public/decisions', query, signal),
    placeholderData: keepPreviousData,
  });
}
