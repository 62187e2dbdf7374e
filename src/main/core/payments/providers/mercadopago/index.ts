/** Mercado Pago Point (Orders API): the client, amount and terminal rules, and notification handling. */
export * from './amounts.ts';
export * from './client.ts';
export * from './external-reference.ts';
export * from './failures.ts';
export * from './order-request.ts';
export * from './receiver.ts';
export * from './signature.ts';
export * from './terminals.ts';
export * from './wire.ts';
