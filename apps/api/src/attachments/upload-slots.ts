import { Inject, Injectable, ServiceUnavailableException } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@dondoc/config';

/** Seconds a refused upload is told to wait: an upload of 50 MB on an office line takes about that. */
const RETRY_AFTER_SECONDS = 30;

export class UploadsBusyError extends ServiceUnavailableException {
  readonly retryAfterSeconds = RETRY_AFTER_SECONDS;
  constructor() {
    super('Máy chủ đang nhận quá nhiều tệp tải lên cùng lúc nên chưa nhận được báo cáo này; vui lòng gửi lại sau ít phút');
  }
}

/**
 * How many reports with files this process reads at once (UPLOADS_AT_ONCE). Each holds a database
 * connection, its transaction, for as long as its files take to arrive, so without a cap slow
 * uploads would take the whole pool; past it the report is refused at once rather than queued, the
 * client still holding its files.
 */
@Injectable()
export class UploadSlots {
  private inUse = 0;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** Uploads being read now. */
  get busy(): number {
    return this.inUse;
  }

  async run<T>(upload: () => Promise<T>): Promise<T> {
    if (this.inUse >= this.config.uploadsAtOnce) throw new UploadsBusyError();
    this.inUse++;
    try {
      return await upload();
    } finally {
      this.inUse--;
    }
  }
}
