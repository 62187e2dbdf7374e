import { z } from 'zod';
import { channel } from './channel.ts';
import { timestamp, uuid } from './common.ts';
import { optionalEmail, optionalPhone, requiredText } from './fields.ts';
import { order } from './orders.ts';
import { words } from './field-words.ts';

export const customer = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  createdAt: timestamp,
});
export type Customer = z.infer<typeof customer>;

/**
 * Customers on orders (TILL-5). A payment method marked "identify customer" is refused for an order without
 * one (`orders.checkout` takes `customerId`; an open order gets one with `customers.attachToOrder`).
 */
export const customerChannels = {
  /** By name, e-mail or phone (any part of it); best matches first. */
  'customers.search': channel({
    request: z
      .object({
        query: z
          .string()
          .trim()
          .min(1, { error: words('check.typeLeastOneCharacter') })
          .max(100),
        limit: z.number().int().min(1).max(50).default(20),
      })
      .strict(),
    response: z.array(customer),
    windows: ['till'],
  }),
  'customers.create': channel({
    request: z
      .object({
        name: requiredText('label.customerName'),
        email: optionalEmail,
        phone: optionalPhone,
      })
      .strict(),
    response: customer,
    windows: ['till'],
  }),
  /** Puts a customer on an open order, or takes them off (null). */
  'customers.attachToOrder': channel({
    request: z.object({ orderId: uuid, customerId: uuid.nullable() }).strict(),
    response: order,
    windows: ['till'],
  }),
};
