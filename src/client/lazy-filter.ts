/**
 * Filter fields whose options load on first use: `<input data-filter data-options="URL" list="ID">`
 * (src/pages/search.astro, for the filters src/search-build/search-filters.ts names in
 * `lazyFilterKeys`), for a filter with too many values to write into the page (答复单位: thousands
 * in a large archive).
 * The options, `[["value", count], …]` (src/pages/search/filters/[key].json.ts), are fetched once
 * into the field's <datalist> and shown `value（count）` as the page's <select>s show theirs.
 *
 * A field filters by its exact value, and only by one of the archive's values: a name half typed
 * filters nothing (it is marked `aria-invalid`). Until the options are loaded, or if they cannot
 * be, any text is taken as the exact value, so `?unit=…` works without loading them.
 */

/** A filter control of the search form: a <select>, or a lazy field. */
export type FilterControl = HTMLSelectElement | HTMLInputElement;

/** A lazy field's options: loading (`done`), and its values once known (null while unknown). */
interface Loading {
  done: Promise<void>;
  values: Set<string> | null;
}

const loaded = new WeakMap<FilterControl, Loading>();

/** Whether a filter control is a lazy field (rather than a <select>). */
export const isLazy = (control: FilterControl): control is HTMLInputElement => 'options' in control.dataset;

/** Starts loading the field's options, once; resolves when they are in its list (or could not be loaded). */
export function loadOptions(field: HTMLInputElement): Promise<void> {
  let state = loaded.get(field);
  if (!state) {
    const loading: Loading = {
      values: null,
      done: fetch(String(field.dataset.options))
        .then((r) => (r.ok ? (r.json() as Promise<[string, number][]>) : Promise.reject(new Error(`${r.status}`))))
        .then((list) => {
          field.list?.replaceChildren(
            ...list.map(([value, n]) => {
              const o = document.createElement('option');
              o.value = value;
              o.label = `${value}（${n}）`;
              return o;
            }),
          );
          loading.values = new Set(list.map(([value]) => value));
        })
        .catch(() => {}),
    }; // no list: the field still takes the exact text
    state = loading;
    loaded.set(field, state);
  }
  return state.done;
}

/** Resolves when every lazy field whose options are loading has them (at once if none is). */
export function settled(controls: FilterControl[]): Promise<void[]> {
  return Promise.all(controls.flatMap((c) => loaded.get(c)?.done ?? []));
}

/** Whether the field's value may filter: empty, one of its values, or any text while they are unknown. */
export function accepted(field: HTMLInputElement): boolean {
  const v = field.value.trim();
  const values = loaded.get(field)?.values;
  return !v || !values || values.has(v);
}

/** The value a filter control filters by ('' for none); a lazy field's is marked invalid when it filters nothing. */
export function filterValue(control: FilterControl): string {
  if (!isLazy(control)) return control.value;
  const ok = accepted(control);
  if (ok) control.removeAttribute('aria-invalid');
  else control.setAttribute('aria-invalid', 'true');
  return ok ? control.value.trim() : '';
}

/** Makes the field load its options on first focus or input, and run the search on `change` when it may filter. */
export function wireLazy(field: HTMLInputElement, run: () => void): void {
  const load = () => loadOptions(field);
  field.addEventListener('focus', load, { once: true });
  field.addEventListener('input', load, { once: true });
  field.addEventListener('change', async () => {
    await loadOptions(field);
    if (accepted(field)) run();
    else filterValue(field);
  });
}
