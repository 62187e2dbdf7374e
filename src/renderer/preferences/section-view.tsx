import { useEffect } from 'react';
import type { SectionId } from './sections.ts';
import { ApprovalsSection } from './sections/approvals-section.tsx';
import { GuaranteeSection } from './sections/guarantee-section.tsx';
import { AuditSection } from './sections/audit-section.tsx';
import { BookkeepingExportSection } from './sections/bookkeeping-export-section.tsx';
import { CurrenciesSection } from './sections/currencies-section.tsx';
import { LanguageSection } from './sections/language-section.tsx';
import { MercadoPagoSection } from './sections/mercadopago-section.tsx';
import { PaymentMethodsSection } from './sections/payment-methods-section.tsx';
import { ProvisioningSection } from './sections/provisioning-section.tsx';
import { ReadersSection } from './sections/readers-section.tsx';
import { StaffSection } from './sections/staff-section.tsx';
import { StoreSection } from './sections/store-section.tsx';
import { StripeProfilesSection } from './sections/stripe-profiles-section.tsx';
import { TerminalsSection } from './sections/terminals-section.tsx';
import { ShiftsSection } from './sections/shifts-section.tsx';
import { SalesReportsSection } from './sections/sales-reports-section.tsx';
import { CustomerDisplaySection } from './sections/customer-display-section.tsx';
import { MailSection } from './sections/mail-section.tsx';
import { PrintersSection } from './sections/printers-section.tsx';
import { CardSettingsSection } from './sections/card-settings-section.tsx';
import { AutopilotSection } from './sections/autopilot-section.tsx';

/** A field found by the search may appear only once its section has read its data: look for a moment. */
const findTries = 20;
const findEveryMs = 100;

interface SectionViewProps {
  section: SectionId;
  /** The field the search led to: scrolled into view and focused. */
  focusAnchor: string | null;
  onFocused: () => void;
}

export function SectionView({ section, focusAnchor, onFocused }: SectionViewProps) {
  useEffect(() => {
    document.getElementById('prefs-main')?.scrollTo(0, 0);
    if (focusAnchor === null) return;
    let tries = 0;
    const timer = window.setInterval(() => {
      const element = document.getElementById(focusAnchor);
      tries += 1;
      if (element || tries >= findTries) {
        window.clearInterval(timer);
        element?.scrollIntoView({ block: 'center' });
        element?.focus();
        onFocused();
      }
    }, findEveryMs);
    return () => window.clearInterval(timer);
  }, [focusAnchor, onFocused]);

  switch (section) {
    case 'store':
      return <StoreSection />;
    case 'language':
      return <LanguageSection />;
    case 'currencies':
      return <CurrenciesSection />;
    case 'terminals':
      return <TerminalsSection />;
    case 'stripeProfiles':
      return <StripeProfilesSection />;
    case 'stripeReaders':
      return <ReadersSection />;
    case 'mercadoPago':
      return <MercadoPagoSection />;
    case 'paymentMethods':
      return <PaymentMethodsSection />;
    case 'cardSettings':
      return <CardSettingsSection />;
    case 'guaranteePolicies':
      return <GuaranteeSection />;
    case 'autopilot':
      return <AutopilotSection />;
    case 'staff':
      return <StaffSection />;
    case 'approvals':
      return <ApprovalsSection />;
    case 'audit':
      return <AuditSection />;
    case 'provisioning':
      return <ProvisioningSection />;
    case 'bookkeepingExport':
      return <BookkeepingExportSection />;
    case 'shifts':
      return <ShiftsSection />;
    case 'salesReports':
      return <SalesReportsSection />;
    case 'customerDisplay':
      return <CustomerDisplaySection />;
    case 'mail':
      return <MailSection />;
    case 'printers':
      return <PrintersSection />;
  }
}
