/** A member's own text messages setting, as the form holds it and as the API takes it. */
export interface TextsForm { mobile: string; optIn: boolean }

export const textsFormOf = (texts?: { mobile?: string; optIn: boolean }): TextsForm =>
  ({ mobile: texts?.mobile ? ukMobile(texts.mobile) : '', optIn: texts?.optIn ?? false });

/** +447700900123 as people write it: 07700 900123. */
export function ukMobile(e164: string): string {
  return /^\+447\d{9}$/.test(e164) ? `0${e164.slice(3, 7)} ${e164.slice(7)}` : e164;
}

/** The command's body: the number as typed (the API normalises and names it when it is not a UK mobile); blank forgets it. */
export function textsBody(form: TextsForm): { mobile: string | null; optIn: boolean } {
  const mobile = form.mobile.trim();
  return { mobile: mobile === '' ? null : mobile, optIn: form.optIn };
}
