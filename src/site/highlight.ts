/**
 * Build-time syntax highlighting with Shiki (inline styles, no client script, no web font).
 */
import { codeToHtml } from 'shiki';

/** `code` in `lang` (json, sh, js) as highlighted `<pre class="shiki">` HTML. */
export function highlight(code: string, lang: 'json' | 'sh' | 'js'): Promise<string> {
  return codeToHtml(code, { lang, theme: 'github-light' });
}
