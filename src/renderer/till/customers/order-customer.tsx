import { t } from '../../../shared/i18n/translate.ts';
import { CloseIcon, UserIcon } from '../../shared/icons.tsx';
import { CustomerCardsButton } from './customer-cards.tsx';

/** The customer as the order knows them: an id and a name. */
export interface OrderCustomerRef {
  id: string;
  name: string;
}

interface OrderCustomerProps {
  customer: OrderCustomerRef | null;
  onAdd: () => void;
  onRemove: () => void;
  disabled?: boolean;
}

/** Who the order is for, with the way to change it: shown on the sale and on the payment screen. */
export function OrderCustomer({ customer, onAdd, onRemove, disabled = false }: OrderCustomerProps) {
  if (!customer) {
    return (
      <button
        type="button"
        className="button button--ghost button--small order-customer__add"
        disabled={disabled}
        onClick={onAdd}
      >
        <UserIcon />
        {t('customer.add')}
      </button>
    );
  }
  return (
    <div className="order-customer" data-testid="order-customer">
      <UserIcon className="order-customer__icon" />
      <button
        type="button"
        className="order-customer__name"
        disabled={disabled}
        aria-label={t('customer.change', { name: customer.name })}
        // A long name is shortened with an ellipsis where the screen is narrow; the whole name is in the title.
        title={customer.name}
        onClick={onAdd}
      >
        {customer.name}
      </button>
      <CustomerCardsButton customer={customer} disabled={disabled} />
      <button
        type="button"
        className="icon-button order-customer__remove"
        disabled={disabled}
        aria-label={t('customer.remove', { name: customer.name })}
        onClick={onRemove}
      >
        <CloseIcon />
      </button>
    </div>
  );
}
