import { BrowserRouter, Navigate, Route, Routes } from 'react-router-dom';
import { AuthProvider } from './auth/AuthContext';
import { HOME } from './auth/nextPath';
import { RequireSession } from './auth/RequireSession';
import { Layout } from './components/Layout';
import { AccountPage } from './pages/account/AccountPage';
import { AdminPage } from './pages/admin/AdminPage';
import { AuditPage } from './pages/admin/AuditPage';
import { RequireAdmin } from './pages/admin/RequireAdmin';
import { SignInSettingsPage } from './pages/admin/SignInSettingsPage';
import { UsersPage } from './pages/admin/UsersPage';
import { ForgotPasswordPage } from './pages/password/ForgotPasswordPage';
import { SetPasswordPage } from './pages/password/SetPasswordPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { OrganizationFormPage } from './pages/organizations/OrganizationFormPage';
import { OrganizationPage } from './pages/organizations/OrganizationPage';
import { OrganizationsPage } from './pages/organizations/OrganizationsPage';
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
            <Route element={<RequireSession />}>
              <Route index element={<Navigate to={HOME} replace />} />
              <Route path="organizations" element={<OrganizationsPage />} />
              <Route path="organizations/new" element={<OrganizationFormPage />} />
              <Route path="organizations/:id" element={<OrganizationPage />} />
              <Route path="organizations/:id/edit" element={<OrganizationFormPage />} />
              <Route path="account" element={<AccountPage />} />
              <Route path="admin" element={<RequireAdmin />}>
                <Route index element={<AdminPage />} />
                <Route path="users" element={<UsersPage />} />
                <Route path="audit" element={<AuditPage />} />
                <Route path="sign-in-settings" element={<SignInSettingsPage />} />
              </Route>
              <Route path="*" element={<NotFoundPage />} />
            </Route>
          </Route>
        </Routes>
      </AuthProvider>
    </BrowserRouter>
  );
}
