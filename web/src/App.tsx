import { BrowserRouter, Navigate, Route, Routes } from 'react-router-dom';
import { Layout } from './components/Layout';
import { NotFoundPage } from './pages/NotFoundPage';
import { OrganizationFormPage } from './pages/organizations/OrganizationFormPage';
import { OrganizationsPage } from './pages/organizations/OrganizationsPage';
import { SignInPage } from './pages/sign-in/SignInPage';

export function App() {
  return (
    <BrowserRouter future={{ v7_startTransition: true, v7_relativeSplatPath: true }}>
      <Routes>
        <Route element={<Layout />}>
          <Route index element={<Navigate to="/organizations" replace />} />
          <Route path="sign-in" element={<SignInPage />} />
          <Route path="organizations" element={<OrganizationsPage />} />
          <Route path="organizations/new" element={<OrganizationFormPage />} />
          <Route path="organizations/:id/edit" element={<OrganizationFormPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </BrowserRouter>
  );
}
