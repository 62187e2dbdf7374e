import type { Handlers } from '../ipc/dispatcher.ts';
import type { Services } from '../services.ts';

type CustomerChannels = 'customers.search' | 'customers.create' | 'customers.attachToOrder';

/** Customers at the till (TILL-5). */
export function customerHandlers(s: Services): Pick<Handlers, CustomerChannels> {
  return {
    'customers.search': ({ query, limit }) => s.customers.search(query, limit),
    'customers.create': (input) => {
      const customer = s.customers.create(input);
      s.audit.record({
        action: 'customer.created',
        subject: customer.id,
        actor: s.tillActor(),
        details: { name: customer.name },
      });
      return customer;
    },
    'customers.attachToOrder': ({ orderId, customerId }) => s.orders.setCustomer(orderId, customerId),
  };
}
