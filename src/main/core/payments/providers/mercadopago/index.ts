/**
 * Mercado Pago Point (Orders API): the client, amount and terminal rules, notification handling, and the
 * provider behind the payment orchestrator. connect-mercadopago.ts and mercadopago-handlers.ts are imported
 * directly by card payments and the IPC handlers.
 */
export * from './amounts.ts';
export * from './client.ts';
export * from './external-reference.ts';
export * from './failures.ts';
export * from './mercadopago-terminal.ts';
export * from './order-outcome.ts';
export * from './order-request.ts';
export * from './provider-errors.ts';
export * from './receiver.ts';
export * from './signature.ts';
export * from './terminal-directory.ts';
export * from './terminals.ts';
export * from './wire.ts';
