import { BadRequestException, Inject, Injectable, ServiceUnavailableException, type OnModuleDestroy } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@dondoc/config';
import { CalendarRepository, Unit } from '@dondoc/database';
import { DocumentRejectedError, ParseBusyError, ParsePool, ParseTimeoutError, type DirectiveDraft, type ParseSource, type UnitRef } from '@dondoc/parser';
import { CalendarService } from '../calendar/calendar.service';

/**
 * The parser fed with this deployment's units and calendar. Reading the upload and parsing run on
 * worker threads (ParsePool) with a time limit, so one heavy document never stalls the API.
 */
@Injectable()
export class DirectiveParserService implements OnModuleDestroy {
  private readonly pool: ParsePool;

  constructor(
    @InjectRepository(Unit) private readonly units: Repository<Unit>,
    private readonly calendar: CalendarService,
    private readonly calendarDays: CalendarRepository,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.pool = new ParsePool({
      timeoutMs: config.parseTimeoutSeconds * 1000,
      ocrTimeoutMs: config.ocrTimeoutSeconds * 1000,
      ocr: config.ocrTools,
      testHooks: config.nodeEnv === 'test',
    });
  }

  /** The draft of pasted text or an uploaded file; a rejected document is a 400 saying why. */
  async parse(input: string | ParseSource, fallbackDate?: string, hooks: { testSpinMs?: number } = {}): Promise<DirectiveDraft & { sourceText: string }> {
    const source: ParseSource = typeof input === 'string' ? { kind: 'text', text: input } : input;
    const units: UnitRef[] = (await this.units.findBy({ active: true })).map(({ id, code, name, kind, aliases }) => ({ id, code, name, kind, aliases }));
    // The worker thread builds its WorkingCalendar from the days: a class instance cannot cross threads.
    const calendar = await this.calendarDays.overrides();
    try {
      const { text, draft } = await this.pool.run(source, { units, calendar, today: this.calendar.today(), fallbackDate }, hooks);
      return { ...draft!, sourceText: text };
    } catch (err) {
      if (err instanceof DocumentRejectedError || err instanceof ParseTimeoutError) throw new BadRequestException(err.message);
      if (err instanceof ParseBusyError) throw new ServiceUnavailableException(err.message);
      throw err;
    }
  }

  onModuleDestroy(): Promise<void> {
    return this.pool.close();
  }
}
