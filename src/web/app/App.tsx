/**
 * The web app shell: providers (Ant Design zh-CN, TanStack Query) and the routes.
 * Every page is a lazy chunk so the public portal stays light; the portal's frame comes with the entry.
 *
 * Test hooks: the `data-testid` attributes the Playwright specs rely on are listed in
 * src/web/TESTIDS.md — keep that file in step when adding or renaming one.
 */
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { lazy, Suspense, useMemo } from 'react';
import { BrowserRouter, Outlet, Route, Routes } from 'react-router-dom';
import { ApiError } from '../api/client';
import { useFocusableScrollers } from '../components/focusableScrollers';
import { usePrefersReducedMotion } from '../components/reducedMotion';
import { PageLoading } from '../components/PageLoading';
import { keys } from '../api/queries';
import PortalLayout from '../features/portal/PortalLayout';

dayjs.locale('zh-cn');

// the portal's frame is on every citizen's first page: it comes with the entry (ADR 0024); the pages are lazy
const HomePage = lazy(() => import('../features/portal/HomePage'));
const ItemListPage = lazy(() => import('../features/portal/ItemListPage'));
const ItemPage = lazy(() => import('../features/portal/ItemPage'));
const NotFoundPage = lazy(() => import('../features/portal/NotFoundPage'));
const GuidePage = lazy(() => import('../features/guide/GuidePage'));
const ScenarioPage = lazy(() => import('../features/guide/ScenarioPage'));
const ChecklistPage = lazy(() => import('../features/guide/ChecklistPage'));
const LoginPage = lazy(() => import('../features/auth/LoginPage'));
const RegisterPage = lazy(() => import('../features/auth/RegisterPage'));
const ProgressPage = lazy(() => import('../features/portal/ProgressPage'));
const ApplyPage = lazy(() => import('../features/apply/ApplyPage'));
const MyCasesPage = lazy(() => import('../features/my/MyCasesPage'));
const MyCasePage = lazy(() => import('../features/my/MyCasePage'));
const MyNoticesPage = lazy(() => import('../features/notices/MyNoticesPage'));
const MyLicencesPage = lazy(() => import('../features/licences/MyLicencesPage'));
const VerifyPage = lazy(() => import('../features/verify/VerifyPage'));
const VerifyLicencePage = lazy(() => import('../features/verify/VerifyLicencePage'));
const VerifyDocumentPage = lazy(() => import('../features/verify/VerifyDocumentPage'));
const DecisionsPage = lazy(() => import('../features/verify/DecisionsPage'));
const OpenDataPage = lazy(() => import('../features/analytics/OpenDataPage'));
const AnalyticsPage = lazy(() => import('../features/analytics/AnalyticsPage'));
const FeeAnalyticsPage = lazy(() => import('../features/analytics/FeeAnalyticsPage'));

// a back-office page's guard (and antd's Result) loads with the back office, not with the portal
const AreaGuard = lazy(() => import('./AreaGuard').then((m) => ({ default: m.AreaGuard })));
const AdminLayout = lazy(() => import('../features/admin/AdminLayout'));
const AdminHome = lazy(() => import('../features/admin/AdminHome'));
const CatalogPage = lazy(() => import('../features/catalog/CatalogPage'));
const VersionEditorPage = lazy(() => import('../features/catalog/VersionEditorPage'));
const ReviewQueuePage = lazy(() => import('../features/review/ReviewQueuePage'));
const ReviewVersionPage = lazy(() => import('../features/review/ReviewVersionPage'));
const BatchesPage = lazy(() => import('../features/batches/BatchesPage'));
const BatchDetailPage = lazy(() => import('../features/batches/BatchDetailPage'));
const OrgPage = lazy(() => import('../features/org/OrgPage'));
const UsersPage = lazy(() => import('../features/users/UsersPage'));
const ApiKeysPage = lazy(() => import('../features/api-keys/ApiKeysPage'));
const ExchangePage = lazy(() => import('../features/exchange/ExchangePage'));
const ProvincePage = lazy(() => import('../features/province/ProvincePage'));
const FinancePage = lazy(() => import('../features/fees/FinancePage'));
const AuditPage = lazy(() => import('../features/audit/AuditPage'));
const LicencesPage = lazy(() => import('../features/licences/LicencesPage'));
const TemplatesPage = lazy(() => import('../features/templates/TemplatesPage'));
const TemplateEditorPage = lazy(() => import('../features/templates/TemplateEditorPage'));
const WindowPage = lazy(() => import('../features/window/WindowPage'));
const WindowApplyPage = lazy(() => import('../features/window/WindowApplyPage'));
const WindowReceivePage = lazy(() => import('../features/window/WindowReceivePage'));
const CasesPage = lazy(() => import('../features/casework/CasesPage'));
const CasePage = lazy(() => import('../features/casework/CasePage'));
const DirectorPage = lazy(() => import('../features/director/DirectorPage'));
const CalendarPage = lazy(() => import('../features/calendar/CalendarPage'));
const NoticeTemplatesPage = lazy(() => import('../features/notices/NoticeTemplatesPage'));
const KioskPage = lazy(() => import('../features/hall/KioskPage'));
const BoardPage = lazy(() => import('../features/hall/BoardPage'));
const RatePage = lazy(() => import('../features/hall/RatePage'));
const WindowConsolePage = lazy(() => import('../features/hall/WindowConsolePage'));
const HallOverviewPage = lazy(() => import('../features/hall/HallOverviewPage'));
const RectificationsPage = lazy(() => import('../features/hall/RectificationsPage'));
const MyAssessmentPage = lazy(() => import('../features/assessment/MyAssessmentPage'));
const AssessmentPage = lazy(() => import('../features/assessment/AssessmentPage'));
const AppointmentsPage = lazy(() => import('../features/hall/AppointmentsPage'));
const InspectionsPage = lazy(() => import('../features/inspections/InspectionsPage'));
const MyInspectionsPage = lazy(() => import('../features/inspections/MyInspectionsPage'));
const InspectionRecordPage = lazy(() => import('../features/inspections/InspectionRecordPage'));
const ExpertsPage = lazy(() => import('../features/experts/ExpertsPage'));
const MyReviewsPage = lazy(() => import('../features/experts/MyReviewsPage'));
const MyReviewPage = lazy(() => import('../features/experts/MyReviewPage'));
const MyProjectsPage = lazy(() => import('../features/projects/MyProjectsPage'));
const MyProjectPage = lazy(() => import('../features/projects/MyProjectPage'));
const ProjectsPage = lazy(() => import('../features/projects/ProjectsPage'));
const ProjectDetailPage = lazy(() => import('../features/projects/ProjectsPage').then((m) => ({ default: m.ProjectDetailPage })));
const MeetingsPage = lazy(() => import('../features/projects/MeetingsPage'));
const MeetingPage = lazy(() => import('../features/projects/MeetingsPage').then((m) => ({ default: m.MeetingPage })));
const AgencyPage = lazy(() => import('../features/agency/AgencyPage'));
const RegulatorPage = lazy(() => import('../features/regulators/RegulatorPage'));

/** A 401 from any call means the session ended: forget the user, so the back office sends them to /login. */
function onSessionError(error: unknown) {
  if (error instanceof ApiError && error.status === 401 && queryClient.getQueryData(keys.me)) queryClient.setQueryData(keys.me, null);
}

const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError: onSessionError }),
  mutationCache: new MutationCache({ onError: onSessionError }),
  defaultOptions: {
    queries: {
      // A 4xx will not get better by asking again.
      retry: (count, error) => !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 2,
      refetchOnWindowFocus: false,
      staleTime: 15_000,
    },
  },
});

/**
 * The app's theme. Links in the primary blue, secondary and tertiary text darker than antd's (45 % black
 * is 3.4:1 on white): every text reaches 4.5:1 (WCAG AA, e2e/accessibility.spec.ts).
 */
const THEME = {
  token: {
    colorPrimary: '#1558a8',
    colorInfo: '#1558a8', // links and 处理中 tags derive from it (antd's #1677ff: 4.1:1 on white)
    colorLink: '#1558a8',
    // status colours dark enough for text (danger buttons, 成功/警告 text, badges): antd's are 1.9–3.3:1 on white
    colorError: '#cf1322',
    colorSuccess: '#237804',
    colorWarning: '#ad4e00',
    borderRadius: 6,
    colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
    colorTextDescription: 'rgba(0, 0, 0, 0.62)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.55)',
  },
  // a table's empty text (暂无数据) is drawn in the disabled colour (rgba(0,0,0,0.25), 1.9:1): read, not disabled (lists: index.html)
  components: {
    Table: { colorTextDisabled: 'rgba(0, 0, 0, 0.62)' },
  },
};

/** Root component: providers and routes. */
export function App() {
  useFocusableScrollers();
  const reducedMotion = usePrefersReducedMotion();
  const theme = useMemo(() => (reducedMotion ? { ...THEME, token: { ...THEME.token, motion: false } } : THEME), [reducedMotion]);
  return (
    <ConfigProvider locale={zhCN} theme={theme}>
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <BrowserRouter>
            <Routes>
              <Route element={<PortalLayout />}>
                <Route index element={<HomePage />} />
                <Route path="items" element={<ItemListPage />} />
                <Route path="items/:code" element={<ItemPage />} />
                <Route path="guide" element={<GuidePage />} />
                <Route path="guide/scenarios/:id" element={<ScenarioPage />} />
                <Route path="guide/items/:code" element={<ChecklistPage />} />
                <Route path="login" element={<LoginPage />} />
                <Route path="register" element={<RegisterPage />} />
                <Route path="progress" element={<ProgressPage />} />
                <Route path="apply/:itemCode" element={<ApplyPage />} />
                <Route path="my/cases" element={<MyCasesPage />} />
                <Route path="my/cases/:caseNo" element={<MyCasePage />} />
                <Route path="my/licences" element={<MyLicencesPage />} />
                <Route path="my/notices" element={<MyNoticesPage />} />
                <Route path="my/projects" element={<MyProjectsPage />} />
                <Route path="my/projects/:id" element={<MyProjectPage />} />
                <Route path="verify" element={<VerifyPage />} />
                <Route path="verify/:no" element={<VerifyLicencePage />} />
                <Route path="verify/documents/:id" element={<VerifyDocumentPage />} />
                <Route path="decisions" element={<DecisionsPage />} />
                <Route path="open-data" element={<OpenDataPage />} />
                <Route path="appointments" element={<AppointmentsPage />} />
                <Route path="*" element={<NotFoundPage />} />
              </Route>
              <Route path="hall" element={<Suspense fallback={<PageLoading />}><Outlet /></Suspense>}>
                <Route path="kiosk" element={<KioskPage />} />
                <Route path="board" element={<BoardPage />} />
                <Route path="rate" element={<RatePage />} />
              </Route>
              <Route path="admin" element={<AdminLayout />}>
                <Route index element={<AdminHome />} />
                <Route path="window" element={<AreaGuard area="window"><WindowPage /></AreaGuard>} />
                <Route path="window/apply" element={<AreaGuard area="window"><WindowApplyPage /></AreaGuard>} />
                <Route path="window/:caseNo" element={<AreaGuard area="window"><WindowReceivePage /></AreaGuard>} />
                <Route path="cases" element={<AreaGuard area="cases"><CasesPage /></AreaGuard>} />
                <Route path="cases/:caseNo" element={<AreaGuard area="cases"><CasePage /></AreaGuard>} />
                <Route path="projects" element={<AreaGuard area="projects"><ProjectsPage /></AreaGuard>} />
                <Route path="projects/:id" element={<AreaGuard area="projects"><ProjectDetailPage /></AreaGuard>} />
                <Route path="meetings" element={<AreaGuard area="meetings"><MeetingsPage /></AreaGuard>} />
                <Route path="meetings/:id" element={<AreaGuard area="meetings"><MeetingPage /></AreaGuard>} />
                <Route path="agency" element={<AreaGuard area="agency"><AgencyPage /></AreaGuard>} />
                <Route path="director" element={<AreaGuard area="director"><DirectorPage /></AreaGuard>} />
                <Route path="catalog" element={<AreaGuard area="catalog"><CatalogPage /></AreaGuard>} />
                <Route path="catalog/new" element={<AreaGuard area="catalog"><VersionEditorPage /></AreaGuard>} />
                <Route path="catalog/versions/:id" element={<AreaGuard area="catalog"><VersionEditorPage /></AreaGuard>} />
                <Route path="review" element={<AreaGuard area="review"><ReviewQueuePage /></AreaGuard>} />
                <Route path="review/:id" element={<AreaGuard area="review"><ReviewVersionPage /></AreaGuard>} />
                <Route path="batches" element={<AreaGuard area="batches"><BatchesPage /></AreaGuard>} />
                <Route path="batches/:id" element={<AreaGuard area="batches"><BatchDetailPage /></AreaGuard>} />
                <Route path="org" element={<AreaGuard area="org"><OrgPage /></AreaGuard>} />
                <Route path="calendar" element={<AreaGuard area="calendar"><CalendarPage /></AreaGuard>} />
                <Route path="users" element={<AreaGuard area="users"><UsersPage /></AreaGuard>} />
                <Route path="api-keys" element={<AreaGuard area="apiKeys"><ApiKeysPage /></AreaGuard>} />
                <Route path="exchange" element={<AreaGuard area="apiKeys"><ExchangePage /></AreaGuard>} />
                <Route path="province" element={<AreaGuard area="apiKeys"><ProvincePage /></AreaGuard>} />
                <Route path="fees" element={<AreaGuard area="fees"><FinancePage /></AreaGuard>} />
                <Route path="audit" element={<AreaGuard area="audit"><AuditPage /></AreaGuard>} />
                <Route path="licences" element={<AreaGuard area="licences"><LicencesPage /></AreaGuard>} />
                <Route path="supervision" element={<AreaGuard area="supervision"><RegulatorPage /></AreaGuard>} />
                <Route path="templates" element={<AreaGuard area="templates"><TemplatesPage /></AreaGuard>} />
                <Route path="templates/:type" element={<AreaGuard area="templates"><TemplateEditorPage /></AreaGuard>} />
                <Route path="notice-templates" element={<AreaGuard area="noticeTemplates"><NoticeTemplatesPage /></AreaGuard>} />
                <Route path="hall" element={<AreaGuard area="hall"><HallOverviewPage /></AreaGuard>} />
                <Route path="analytics" element={<AreaGuard area="analytics"><AnalyticsPage /></AreaGuard>} />
                <Route path="analytics/fees" element={<AreaGuard area="feeAnalytics"><FeeAnalyticsPage /></AreaGuard>} />
                <Route path="hall/window" element={<AreaGuard area="hallWindow"><WindowConsolePage /></AreaGuard>} />
                <Route path="hall/window/:id" element={<AreaGuard area="hallWindow"><WindowConsolePage /></AreaGuard>} />
                <Route path="hall/rectifications" element={<AreaGuard area="rectifications"><RectificationsPage /></AreaGuard>} />
                <Route path="my-assessment" element={<AreaGuard area="myAssessment"><MyAssessmentPage /></AreaGuard>} />
                <Route path="assessment" element={<AreaGuard area="assessment"><AssessmentPage /></AreaGuard>} />
                <Route path="inspections" element={<AreaGuard area="inspections"><InspectionsPage /></AreaGuard>} />
                <Route path="inspections/tasks" element={<AreaGuard area="inspectionTasks"><MyInspectionsPage /></AreaGuard>} />
                {/* the centre, the case's officers and the assigned inspectors: the server decides who sees it */}
                <Route path="inspections/:id" element={<InspectionRecordPage />} />
                <Route path="experts" element={<AreaGuard area="experts"><ExpertsPage /></AreaGuard>} />
                <Route path="my-reviews" element={<AreaGuard area="myReviews"><MyReviewsPage /></AreaGuard>} />
                <Route path="my-reviews/:id" element={<AreaGuard area="myReviews"><MyReviewPage /></AreaGuard>} />
                <Route path="*" element={<NotFoundPage />} />
              </Route>
            </Routes>
          </BrowserRouter>
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}
