import type { z } from 'zod';
import type { ChannelName, RequestOf, ResponseOf } from '../../../shared/ipc/contract.ts';
import type { WindowKind } from '../../../shared/ipc/channel.ts';
import { KassaError, type Result } from '../../../shared/errors.ts';
import type { Logger } from '../logger.ts';
import { translatedError, developerError } from '../../../shared/i18n/errors.ts';
import { issueWords } from '../../../shared/ipc/field-words.ts';
import { loadContract, type Contract } from './contract-loader.ts';

/** Who is calling: which window. Electron's main and the headless host establish this before dispatching. */
export interface CallContext {
  window: WindowKind;
}

export type Handler<C extends ChannelName> = (
  request: RequestOf<C>,
  context: CallContext,
) => ResponseOf<C> | Promise<ResponseOf<C>>;

export type Handlers = { [C in ChannelName]: Handler<C> };

export type Dispatch = (channel: string, payload: unknown, context: CallContext) => Promise<Result<unknown>>;

/**
 * The one door into the core. Electron's ipcMain and the headless host's HTTP server both call this, so
 * validation and error mapping cannot differ between them.
 */
export function createDispatcher(
  handlers: Handlers,
  log: Logger,
  options: {
    checkResponses?: boolean;
    /** Whether a staff member is signed in at the till; channels marked `signedIn` need one. */
    signedIn?: () => boolean;
  } = {},
): Dispatch {
  let contract: Contract | undefined;
  return async (name, payload, context) => {
    // The schemas are built on the first call, not at start (see contract-loader.ts); every call waits for them.
    const { channels } = (contract ??= await loadContract());
    if (!Object.hasOwn(channels, name)) {
      return failure(developerError('unknown_channel', `Kassa has no action called "${name}".`));
    }
    const channelName = name as ChannelName;
    const spec = channels[channelName];
    if (!spec.windows.includes(context.window)) {
      return failure(developerError('forbidden', `The ${context.window} window cannot do "${name}".`));
    }
    const parsed = spec.request.safeParse(payload);
    if (!parsed.success) return failure(fromZod(parsed.error));
    if (spec.signedIn && options.signedIn && !options.signedIn()) {
      return failure(translatedError('not_signed_in', 'err.ipc.notSignedIn'));
    }
    try {
      const handler = handlers[channelName] as Handler<ChannelName>;
      const value = await handler(parsed.data as RequestOf<ChannelName>, context);
      if (options.checkResponses) spec.response.parse(value);
      return { ok: true, value };
    } catch (error) {
      if (error instanceof KassaError) return failure(error);
      log.error('ipc.handler_failed', { channel: name, error: String(error), stack: (error as Error).stack });
      return failure(translatedError('internal', 'err.internal'));
    }
  };
}

function failure(error: KassaError): Result<never> {
  return { ok: false, error: error.toShape() };
}

/**
 * Turns zod's first issue into an error in the reader's words: the schema's catalog key and values (see
 * ipc/field-words.ts), or a generic sentence from the issue's kind and bounds; the path names the field.
 */
export function fromZod(error: z.ZodError): KassaError {
  const first = error.issues[0];
  const field = first && first.path.length > 0 ? first.path.join('.') : undefined;
  if (!first) return translatedError('invalid_request', 'input.invalid');
  const { messageKey, params } = issueWords(first);
  return translatedError('invalid_request', messageKey, params, field);
}
