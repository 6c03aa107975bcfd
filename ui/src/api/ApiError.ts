/** An error the API returned: Argo CD writes `{error, message, code}` with an HTTP status. */
export class ApiError extends Error {
  readonly status: number;
  readonly code?: number;

  constructor(status: number, message: string, code?: number) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
  }

  get unauthenticated(): boolean {
    return this.status === 401;
  }

  /** Builds the error from a failed response, reading its body when it is JSON. */
  static async from(response: Response, what: string): Promise<ApiError> {
    const text = await response.text().catch(() => '');
    let detail = '';
    try {
      const body = JSON.parse(text) as { message?: string; error?: string; code?: number };
      detail = body.message || body.error || '';
      if (detail) {
        return new ApiError(response.status, `${what}: ${detail}`, body.code);
      }
    } catch {
      detail = text.trim().slice(0, 200);
    }
    const status = `${response.status}${response.statusText ? ' ' + response.statusText : ''}`;
    return new ApiError(response.status, `${what}: ${detail || 'HTTP ' + status}`);
  }
}
