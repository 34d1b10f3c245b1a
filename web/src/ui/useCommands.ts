import { useState } from 'react';
import { formErrorsOf, type CommandResult } from '../app/api';
import type { FormErrors } from '../lib/problems';

export const NO_ERRORS: FormErrors = { fields: {}, form: [] };

export interface Commands {
  busy: boolean;
  errors: FormErrors;
  saved: string | null;
  setErrors: (errors: FormErrors) => void;
  setSaved: (message: string | null) => void;
  /**
   * Runs one command: busy while it runs, the last errors and message cleared; on success the
   * message is shown and {@code then} runs with the result; on failure every problem is shown next to
   * the field of {@code known} it names (the rest above the form). True when it succeeded.
   */
  run: (action: () => Promise<CommandResult>, message: string, known?: string[],
    then?: (result: CommandResult) => void | Promise<void>) => Promise<boolean>;
}

/** A screen's commands: what is running, what was saved, and each error next to its field. */
export function useCommands(): Commands {
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [saved, setSaved] = useState<string | null>(null);

  async function run(action: () => Promise<CommandResult>, message: string, known: string[] = [],
    then?: (result: CommandResult) => void | Promise<void>): Promise<boolean> {
    setBusy(true);
    setErrors(NO_ERRORS);
    setSaved(null);
    try {
      const result = await action();
      setSaved(message);
      if (then) await then(result);
      return true;
    } catch (e) {
      setErrors(formErrorsOf(e, known));
      return false;
    } finally {
      setBusy(false);
    }
  }

  return { busy, errors, saved, setErrors, setSaved, run };
}
