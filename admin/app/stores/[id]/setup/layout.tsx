import type { ReactNode } from 'react';
import { RequireSession } from '../../../../components/require-session';
import { WizardProvider } from '../../../../components/wizard/wizard-provider';
import { WizardShell } from '../../../../components/wizard/wizard-shell';

/** Every setup step of one store shares its progress, which stays loaded between steps. */
export default async function SetupLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ id: string }>;
}) {
  const { id } = await params;
  return (
    <RequireSession>
      <WizardProvider tenantId={id}>
        <WizardShell>{children}</WizardShell>
      </WizardProvider>
    </RequireSession>
  );
}
