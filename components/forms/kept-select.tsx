// A <select> that keeps what the person chose when a form action is refused. After every form
// action React resets the form, and a select resets to the option that was its default when it
// was first drawn, not to its current defaultValue (facebook/react#32362): so it is drawn anew
// whenever its defaultValue changes — for example to the value sent back with a refusal.
import type { ComponentProps } from 'react';

export function KeptSelect({ defaultValue, ...props }: Omit<ComponentProps<'select'>, 'defaultValue' | 'value'> & { defaultValue: string }) {
  return <select key={defaultValue} defaultValue={defaultValue} {...props} />;
}
