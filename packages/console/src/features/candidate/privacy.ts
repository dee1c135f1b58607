/**
 * What the start page says of how long the data is kept. Until the fund publishes its retention policy
 * (`GET /fund/privacy`, issue #17), it says only what is true today: the data is kept, and deletion is on
 * request.
 */
export const usePrivacyPolicy = (): string =>
  'Your information is kept with your application. The fund does not yet delete it automatically: you can ask for it to be deleted at any time.';
