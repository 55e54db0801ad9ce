import type { Lang, Text } from '@/lib/public-scorecard';

/** Plan content in the page's language, or its English fallback marked lang="en". */
export function LocalizedText({ value, pageLang }: { value: Text; pageLang: Lang }) {
  return value.lang === pageLang ? <>{value.text}</> : <span lang={value.lang}>{value.text}</span>;
}
