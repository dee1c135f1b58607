/** A status as a GOV.UK tag: the words carry the meaning, the colour only repeats it. */
export function StatusTag({ label, colour }: { label: string; colour?: 'grey' | 'green' | 'turquoise' | 'blue' | 'purple' | 'pink' | 'red' | 'orange' | 'yellow' }) {
  return <strong className={`govuk-tag${colour ? ` govuk-tag--${colour}` : ''}`}>{label}</strong>;
}
