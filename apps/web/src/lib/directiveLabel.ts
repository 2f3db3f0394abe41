import { directiveLabel, directiveName, numberAndSymbol, type DirectiveNaming } from '../../../../libs/domain/src/directive-label';

// One label for the mails and the screens, so a mail and the page it links to name a directive alike.
export { directiveLabel, directiveName, numberAndSymbol, type DirectiveNaming };
