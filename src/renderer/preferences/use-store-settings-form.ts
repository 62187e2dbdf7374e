import type { FormEvent } from 'react';
import type { StoreSettingsView } from '../../shared/ipc/preferences.ts';
import { usePrefs } from './prefs-context.tsx';
import { storeFormValues, storeRequest } from './store-form-values.ts';
import { useForm } from './use-form.ts';
import { kassa } from '../shared/kassa.ts';

/**
 * A form over the store settings (Store, Language). Both save the whole record; after a save the window re-reads
 * the store, so money and dates everywhere are written the new way at once.
 */
export function useStoreSettingsForm(
  view: StoreSettingsView,
  fields: readonly string[],
  onSaved: (view: StoreSettingsView) => void,
) {
  const { reloadStore } = usePrefs();
  const form = useForm(storeFormValues(view), fields);
  const save = async (event: FormEvent) => {
    event.preventDefault();
    const saved = await form.submit(() => kassa.storeSettings.save(storeRequest(form.values)));
    if (saved) {
      onSaved(saved);
      reloadStore();
    }
  };
  return { form, save };
}
