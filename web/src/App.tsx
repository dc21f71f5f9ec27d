import { BrowserRouter, Navigate, Route, Routes } from 'react-router-dom';
import { AuthProvider } from './auth/AuthContext';
import { HOME } from './auth/nextPath';
import { RequireSession } from './auth/RequireSession';
import { Layout } from './components/Layout';
import { AccountPage } from './pages/account/AccountPage';
import { AdminPage } from './pages/admin/AdminPage';
import { AuditPage } from './pages/admin/AuditPage';
import { JobsPage } from './pages/admin/JobsPage';
import { LibraryFilesPage } from './pages/admin/LibraryFilesPage';
import { RequireAdmin } from './pages/admin/RequireAdmin';
import { SignInSettingsPage } from './pages/admin/SignInSettingsPage';
import { UsersPage } from './pages/admin/UsersPage';
import { ForgotPasswordPage } from './pages/password/ForgotPasswordPage';
import { SetPasswordPage } from './pages/password/SetPasswordPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { OrganizationFormPage } from './pages/organizations/OrganizationFormPage';
import { OrganizationPage } from './pages/organizations/OrganizationPage';
import { OrganizationsPage } from './pages/organizations/OrganizationsPage';
import { InvitationPage } from './pages/invitations/InvitationPage';
import { EngagementPage } from './pages/meetings/EngagementPage';
import { EditMeetingPage, NewMeetingPage } from './pages/meetings/MeetingFormPage';
import { MeetingPage } from './pages/meetings/MeetingPage';
import { MeetingsPage } from './pages/meetings/MeetingsPage';
import { DiscussionItemPage } from './pages/discussion/DiscussionItemPage';
import { DiscussionPage } from './pages/discussion/DiscussionPage';
import { CharterPage } from './pages/partnerships/CharterPage';
import { EditPartnershipPage } from './pages/partnerships/EditPartnershipPage';
import { NotificationsPage } from './pages/notifications/NotificationsPage';
import { MemberPage } from './pages/partnerships/MemberPage';
import { MembersPage } from './pages/partnerships/MembersPage';
import { NewPartnershipPage } from './pages/partnerships/NewPartnershipPage';
import { PartnershipHomePage } from './pages/partnerships/PartnershipHomePage';
import { PartnershipsPage } from './pages/partnerships/PartnershipsPage';
import { ResponsibilitiesPage } from './pages/partnerships/ResponsibilitiesPage';
import { ActivityPage, NewActivityPage } from './pages/plan/ActivityPage';
import { MyTasksPage } from './pages/plan/MyTasksPage';
import { NewReviewPage } from './pages/plan/NewReviewPage';
import { EditResourcePage, NewResourcePage } from './pages/plan/ResourceFormPage';
import { ResourcesPage } from './pages/plan/ResourcesPage';
import { CompareReviewsPage, ReviewPage, ReviewsPage } from './pages/plan/ReviewsPage';
import { EditRiskPage, NewRiskPage } from './pages/plan/RiskFormPage';
import { RisksPage } from './pages/plan/RisksPage';
import { NewObjectivePage, ObjectivePage } from './pages/plan/ObjectivePage';
import { PlanPage } from './pages/plan/PlanPage';
import { TimelinePage } from './pages/plan/TimelinePage';
import { PublicPartnershipPage } from './pages/public/PublicPartnershipPage';
import { ModerationQueuePage } from './pages/resources/ModerationQueuePage';
import { MyResourcesPage } from './pages/resources/MyResourcesPage';
import { EditLibraryResourcePage, ShareResourcePage } from './pages/resources/ResourceFormPage';
import { ResourcePage } from './pages/resources/ResourcePage';
import { ResourceSearchPage } from './pages/resources/ResourceSearchPage';
import { PublicPartnershipsPage } from './pages/public/PublicPartnershipsPage';
import { ShelfPage } from './pages/shelf/ShelfPage';
import { SignInPage } from './pages/sign-in/SignInPage';

export function App() {
  return (
    <BrowserRouter future={{ v7_startTransition: true, v7_relativeSplatPath: true }}>
      <AuthProvider>
        <Routes>
          <Route element={<Layout />}>
            <Route path="sign-in" element={<SignInPage />} />
            <Route path="forgot-password" element={<ForgotPasswordPage />} />
            <Route path="set-password" element={<SetPasswordPage />} />
            {/* Pages that work signed out: invitation links, public partnership profiles, the resource library. */}
            <Route path="invitations/:token" element={<InvitationPage />} />
            <Route path="p" element={<PublicPartnershipsPage />} />
            <Route path="p/:id" element={<PublicPartnershipPage />} />
            <Route path="resources" element={<ResourceSearchPage />} />
            <Route path="resources/:id" element={<ResourcePage />} />
            <Route element={<RequireSession />}>
              <Route index element={<Navigate to={HOME} replace />} />
              <Route path="organizations" element={<OrganizationsPage />} />
              <Route path="organizations/new" element={<OrganizationFormPage />} />
              <Route path="organizations/:id" element={<OrganizationPage />} />
              <Route path="organizations/:id/edit" element={<OrganizationFormPage />} />
              <Route path="partnerships" element={<PartnershipsPage />} />
              <Route path="partnerships/new" element={<NewPartnershipPage />} />
              <Route path="partnerships/:id" element={<PartnershipHomePage />} />
              <Route path="partnerships/:id/edit" element={<EditPartnershipPage />} />
              <Route path="partnerships/:id/members" element={<MembersPage />} />
              <Route path="partnerships/:id/members/:memberId" element={<MemberPage />} />
              <Route path="partnerships/:id/charter" element={<CharterPage />} />
              <Route path="partnerships/:id/responsibilities" element={<ResponsibilitiesPage />} />
              <Route path="partnerships/:id/plan" element={<PlanPage />} />
              <Route path="partnerships/:id/plan/timeline" element={<TimelinePage />} />
              <Route path="partnerships/:id/plan/objectives/new" element={<NewObjectivePage />} />
              <Route path="partnerships/:id/plan/objectives/:objectiveId" element={<ObjectivePage />} />
              <Route path="partnerships/:id/plan/activities/new" element={<NewActivityPage />} />
              <Route path="partnerships/:id/plan/activities/:activityId" element={<ActivityPage />} />
              <Route path="partnerships/:id/plan/reviews" element={<ReviewsPage />} />
              <Route path="partnerships/:id/plan/reviews/new" element={<NewReviewPage />} />
              <Route path="partnerships/:id/plan/reviews/compare" element={<CompareReviewsPage />} />
              <Route path="partnerships/:id/plan/reviews/:reviewId" element={<ReviewPage />} />
              <Route path="partnerships/:id/plan/resources" element={<ResourcesPage />} />
              <Route path="partnerships/:id/plan/resources/new" element={<NewResourcePage />} />
              <Route path="partnerships/:id/plan/resources/:resourceId" element={<EditResourcePage />} />
              <Route path="partnerships/:id/plan/risks" element={<RisksPage />} />
              <Route path="partnerships/:id/plan/risks/new" element={<NewRiskPage />} />
              <Route path="partnerships/:id/plan/risks/:riskId" element={<EditRiskPage />} />
              <Route path="partnerships/:id/meetings" element={<MeetingsPage />} />
              <Route path="partnerships/:id/meetings/new" element={<NewMeetingPage />} />
              <Route path="partnerships/:id/meetings/:meetingId" element={<MeetingPage />} />
              <Route path="partnerships/:id/meetings/:meetingId/edit" element={<EditMeetingPage />} />
              <Route path="partnerships/:id/engagement" element={<EngagementPage />} />
              <Route path="partnerships/:id/discussion" element={<DiscussionPage />} />
              <Route path="partnerships/:id/discussion/:itemId" element={<DiscussionItemPage />} />
              <Route path="partnerships/:id/shelf" element={<ShelfPage />} />
              <Route path="resources/new" element={<ShareResourcePage />} />
              <Route path="resources/queue" element={<ModerationQueuePage />} />
              <Route path="resources/mine" element={<MyResourcesPage />} />
              <Route path="resources/:id/edit" element={<EditLibraryResourcePage />} />
              <Route path="tasks" element={<MyTasksPage />} />
              <Route path="notifications" element={<NotificationsPage />} />
              <Route path="account" element={<AccountPage />} />
              <Route path="admin" element={<RequireAdmin />}>
                <Route index element={<AdminPage />} />
                <Route path="users" element={<UsersPage />} />
                <Route path="audit" element={<AuditPage />} />
                <Route path="sign-in-settings" element={<SignInSettingsPage />} />
                <Route path="jobs" element={<JobsPage />} />
                <Route path="resources" element={<LibraryFilesPage />} />
              </Route>
              <Route path="*" element={<NotFoundPage />} />
            </Route>
          </Route>
        </Routes>
      </AuthProvider>
    </BrowserRouter>
  );
}
