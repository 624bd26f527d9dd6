/** A tappable phone number: the tel: link is the digits, the text is the number as people write it. */
export function PhoneLink({ number, label, className }: { number: string; label: string; className?: string }) {
  return (
    <a href={`tel:${number.replace(/\s+/g, '')}`} className={className}>
      {label}
    </a>
  );
}
