import type { ChannelName } from '../../../shared/ipc/contract.ts';
import type { Order } from '../../../shared/ipc/orders.ts';
import type { SignedIn } from '../../../shared/ipc/staff.ts';
import { loadedContract } from '../ipc/contract-loader.ts';

/**
 * What each role sees of an answer (issue 15.6): the accounts a payment was booked to are for managers and
 * owners answering the accountant, so an order sent to a till where a cashier (or nobody) is signed in leaves
 * them out. Applied to every channel that answers an order, in one place, so no new channel can forget it.
 * Called with an answer the dispatcher gave, so the contract is loaded.
 */
export function viewFor(channel: ChannelName, value: unknown, member: SignedIn | null): unknown {
  if (member?.role === 'manager' || member?.role === 'owner') return value;
  const { channels } = loadedContract();
  // An order is the answer of `orders.get` and of every channel that answers with the same schema.
  if (channels[channel].response === channels['orders.get'].response) return withoutAccounts(value as Order);
  return value;
}

function withoutAccounts(order: Order): Order {
  return { ...order, payments: order.payments.map((p) => ({ ...p, accounts: null })) };
}
