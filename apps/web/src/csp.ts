/**
 * The page's Content-Security-Policy (apps/api/src/common/content-security.ts) refuses every inline
 * style markup could bring in: a `<style>` without the nonce the API gave this page, a `style="…"`
 * attribute. Ant Design marks the styles it writes with the nonce (ConfigProvider's `csp`), but two
 * helpers beneath it do not: @rc-component/util adds `<style>` elements of its own (the scroll lock
 * of dialogs and drawers, measuring scrollbars), and @rc-component/input writes its hidden measuring
 * textarea's `style` attribute with setAttribute. They run from the app's own scripts, the only ones
 * the policy lets run, so what they write is as trusted as antd's own styles.
 */

/** The nonce the API wrote into this page (none under Vite's dev server, which sends no policy). */
export const cspNonce = document.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]')?.nonce ?? '';

/**
 * A `<style>` a script creates carries the page's nonce, and a `style` attribute a script sets goes
 * through the element's style object, which the policy does not govern. Markup injected into the page
 * gains nothing: the HTML parser takes neither path.
 */
export function letScriptsWriteStyles(): void {
  const createElement = Document.prototype.createElement;
  Document.prototype.createElement = function (this: Document, tagName: string, options?: ElementCreationOptions) {
    const element = createElement.call(this, tagName, options);
    if (element instanceof HTMLStyleElement) element.nonce = cspNonce;
    return element;
  } as typeof Document.prototype.createElement;

  const setAttribute = Element.prototype.setAttribute;
  Element.prototype.setAttribute = function (this: Element, name: string, value: string) {
    if (name.toLowerCase() === 'style' && this instanceof HTMLElement) this.style.cssText = value;
    else setAttribute.call(this, name, value);
  };
}
