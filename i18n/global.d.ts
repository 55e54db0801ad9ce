// Typed messages: a key missing from messages/en.json fails the type check.
import type { routing } from '@/i18n/routing';
import type messages from '@/messages/en.json';

declare module 'next-intl' {
  interface AppConfig {
    Locale: (typeof routing.locales)[number];
    Messages: typeof messages;
  }
}
