import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { Unit } from '@dondoc/database';
import { parseDirective, type DirectiveDraft, type UnitRef } from '@dondoc/parser';
import { CalendarService } from '../calendar/calendar.service';

/** The parser fed with this deployment's units and calendar. */
@Injectable()
export class DirectiveParserService {
  constructor(
    @InjectRepository(Unit) private readonly units: Repository<Unit>,
    private readonly calendar: CalendarService,
  ) {}

  async parse(text: string, fallbackDate?: string): Promise<DirectiveDraft & { sourceText: string }> {
    const units: UnitRef[] = (await this.units.findBy({ active: true })).map(({ id, code, name, kind, aliases }) => ({ id, code, name, kind, aliases }));
    const draft = parseDirective(text, {
      units,
      calendar: await this.calendar.calendar(),
      today: this.calendar.today(),
      fallbackDate,
    });
    return { ...draft, sourceText: text };
  }
}
