import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { formatDate } from '@dondoc/domain';

// The mails' `date` helper writes dates as the directive's label does; callers of the mail library use it too.
export { formatDate };

/** Each kind of mail is `<kind>.html.hbs` with its `<kind>.subject.hbs` and `<kind>.text.hbs` beside it. */
const HTML_SUFFIX = '.html.hbs';

export interface RenderedMail {
  subject: string;
  html: string;
  text: string;
}

/**
 * Where the templates are: next to this file in the sources (`libs/mail/src/templates`), and next
 * to the bundle once built (`dist/apps/<app>/libs/mail/src/templates`, copied by nest-cli.json's
 * `assets` of the api and worker projects).
 */
export function defaultTemplateDir(): string {
  const candidates = [join(__dirname, 'templates'), join(__dirname, 'libs/mail/src/templates'), join(process.cwd(), 'libs/mail/src/templates')];
  const found = candidates.find((d) => existsSync(join(d, 'digest.html.hbs')));
  if (!found) throw new Error(`Mail templates not found (looked in ${candidates.join(', ')})`);
  return found;
}

type Template = (view: object) => string;

/**
 * The mail templates (Handlebars files: `<kind>.subject.hbs`, `<kind>.html.hbs`, `<kind>.text.hbs`
 * and `partials/`), compiled once. HTML escapes what it inserts; subject and text do not.
 */
export class MailRenderer {
  private readonly templates = new Map<string, { subject: Template; html: Template; text: Template }>();

  constructor(dir: string = defaultTemplateDir()) {
    const html = Handlebars.create();
    const text = Handlebars.create();
    for (const engine of [html, text]) engine.registerHelper('date', (v: string | Date | null) => formatDate(v));
    const partials = join(dir, 'partials');
    for (const file of readdirSync(partials)) {
      const name = file.replace(/\.hbs$/, '');
      const source = readFileSync(join(partials, file), 'utf8');
      if (name.endsWith('.html')) html.registerPartial(name, html.compile(source, { strict: false }));
      else text.registerPartial(name, text.compile(source, { noEscape: true }));
    }
    for (const file of readdirSync(dir)) {
      if (!file.endsWith(HTML_SUFFIX)) continue;
      const kind = file.slice(0, -HTML_SUFFIX.length);
      const read = (suffix: string) => readFileSync(join(dir, `${kind}.${suffix}.hbs`), 'utf8');
      this.templates.set(kind, {
        subject: text.compile(read('subject'), { noEscape: true }),
        html: html.compile(read('html')),
        text: text.compile(read('text'), { noEscape: true }),
      });
    }
  }

  kinds(): string[] {
    return [...this.templates.keys()];
  }

  render(kind: string, view: object): RenderedMail {
    const template = this.templates.get(kind);
    if (!template) throw new Error(`No mail template for "${kind}"`);
    const subject = template.subject(view).replace(/\s+/g, ' ').trim();
    return {
      subject,
      html: template.html({ ...view, subject }),
      text:
        template
          .text(view)
          .replace(/\n{3,}/g, '\n\n')
          .trim() + '\n',
    };
  }
}
