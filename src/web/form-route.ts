// A form's route in one shape: read the form, call the domain function, answer (a redirect or a page); when the
// domain refuses with an AppError the visitor can act on, render the form again with the message and what was
// typed, answered with the refusal's status. It replaces a try/catch per form route (accounts, admin, editor,
// Claim Check); anything that is not the form's to show (a bug, the database down) goes on to the error handler.
import type { FastifyReply, FastifyRequest, RouteGenericInterface } from 'fastify';
import { type AppError, isAppError } from '../shared/index.js';

export interface FormRoute<Input, Route extends RouteGenericInterface = RouteGenericInterface> {
  /**
   * The input from the request: the fields as typed, and what the route checks before the form is its to show
   * (who is asking, the code in the URL). What read throws goes to the error handler.
   */
  read(req: FastifyRequest<Route>, reply: FastifyReply): Input | Promise<Input>;
  /** The domain call, then the answer: a redirect, or the page. */
  run(input: Input, req: FastifyRequest<Route>, reply: FastifyReply): Promise<FastifyReply>;
  /** The form again with the refusal's message and the input kept; the page's status is `refusal.status`. */
  refused(
    input: Input,
    refusal: AppError,
    req: FastifyRequest<Route>,
    reply: FastifyReply,
  ): FastifyReply | Promise<FastifyReply>;
  /** The refusal to show for what run threw, or undefined to leave it to the error handler (default: formRefusal). */
  refusalOf?(error: unknown, input: Input, req: FastifyRequest<Route>): AppError | undefined;
}

/** What a form shows by default: an AppError below 500 (bad input, a conflict, a limit); the rest is not its to show. */
export function formRefusal(error: unknown): AppError | undefined {
  return isAppError(error) && error.status < 500 ? error : undefined;
}

/** The route handler of a form. */
export function formRoute<Input, Route extends RouteGenericInterface = RouteGenericInterface>(
  route: FormRoute<Input, Route>,
): (req: FastifyRequest<Route>, reply: FastifyReply) => Promise<FastifyReply> {
  return async (req, reply) => {
    const input = await route.read(req, reply);
    try {
      return await route.run(input, req, reply);
    } catch (error) {
      const refusal = route.refusalOf ? route.refusalOf(error, input, req) : formRefusal(error);
      if (!refusal) throw error;
      return route.refused(input, refusal, req, reply);
    }
  };
}

/** A field of a urlencoded form: its text, or undefined when it is missing or not one text (a repeated field). */
export function formField(body: unknown, name: string): string | undefined {
  const value = (body as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' ? value : undefined;
}
