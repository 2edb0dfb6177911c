/**
 * Errors shaped like OfficeExtension.Error ("RichApi.Error"): a `code` from Excel.ErrorCodes, a message, and
 * `debugInfo` naming where it happened. Hosts must handle them by `code`, as they would the real ones.
 */
export class FakeOfficeError extends Error {
  readonly code: string;
  readonly debugInfo: { code: string; message: string; errorLocation?: string };

  constructor(code: string, message: string, errorLocation?: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message, errorLocation };
  }
}

/** The messages real Excel gives for the codes the fake raises (English, as Office.js reports them). */
const MESSAGES: Record<string, string> = {
  PropertyNotLoaded:
    "The property '{0}' is not available. Before reading the property's value, call the load method on the " +
    'containing object and call "context.sync()" on the associated request context.',
  AccessDenied: "You cannot perform the requested operation.",
  ItemAlreadyExists: "A resource with the same name or identifier already exists.",
  ItemNotFound: "The requested resource doesn't exist.",
  InvalidArgument: "The argument is invalid or missing or has an incorrect format.",
  InvalidOperation: "The operation attempted is invalid on the object.",
  InvalidObjectPath: "The object path isn't working for what you're trying to do.",
  ApiNotFound: "The API you are trying to use could not be found. It may be available in a newer version of Excel.",
  RequestPayloadSizeLimitExceeded: "The request payload size has exceeded the limit.",
  ResponsePayloadSizeLimitExceeded: "The response payload size has exceeded the limit.",
  GeneralException: "An internal error has occurred.",
};

export function fakeError(code: string, errorLocation?: string, detail?: string): FakeOfficeError {
  const base = (MESSAGES[code] ?? "An internal error has occurred.").replace("{0}", errorLocation ?? "");
  return new FakeOfficeError(code, detail ? `${base} ${detail}` : base, errorLocation);
}
