import type { ApiErrorBody } from '../api/types';

/** An HTTP error from the API, with the body it sent when it sent one. */
export class ApiError extends Error {
  readonly status: number;
  readonly body: ApiErrorBody | null;

  constructor(status: number, body: ApiErrorBody | null, fallback?: string) {
    super(serverMessage(body) ?? fallback ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.body = body;
  }
}

function serverMessage(body: ApiErrorBody | null): string | null {
  const message = body?.message;
  if (Array.isArray(message)) return message.filter(Boolean).join('; ') || null;
  return typeof message === 'string' && message ? message : null;
}

export function isApiError(error: unknown, status?: number): error is ApiError {
  return error instanceof ApiError && (status === undefined || error.status === status);
}

/** Endpoints an admin screen needs may not exist yet on an older server. */
export function isNotSupported(error: unknown): boolean {
  return isApiError(error, 404) || isApiError(error, 405) || isApiError(error, 501);
}

/** What to tell the person, in Vietnamese; the server's own words are kept for invalid input and conflicts. */
export function describeError(error: unknown): string {
  if (error instanceof ApiError) {
    const detail = serverMessage(error.body);
    switch (error.status) {
      case 400:
      case 422:
        return detail ? `Dữ liệu không hợp lệ: ${detail}` : 'Dữ liệu không hợp lệ.';
      case 401:
        return 'Phiên đăng nhập đã hết hạn, vui lòng đăng nhập lại.';
      case 403:
        return 'Bạn không có quyền thực hiện thao tác này.';
      case 404:
        return 'Không tìm thấy dữ liệu yêu cầu.';
      case 409:
        // The server names the conflict: a taken email, a changed task, a request already decided.
        return detail ?? 'Dữ liệu đã được người khác thay đổi. Vui lòng tải lại trang rồi thực hiện lại.';
      case 413:
        return 'Tệp quá lớn.';
      case 429:
        return 'Thao tác quá nhiều lần, vui lòng thử lại sau ít phút.';
      default:
        return error.status >= 500 ? 'Máy chủ gặp lỗi, vui lòng thử lại sau.' : (detail ?? `Lỗi ${error.status}.`);
    }
  }
  if (error instanceof TypeError) return 'Không kết nối được máy chủ. Kiểm tra mạng rồi thử lại.';
  return error instanceof Error && error.message ? error.message : 'Đã có lỗi xảy ra.';
}
