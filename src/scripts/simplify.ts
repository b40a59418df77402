/**
 * Converts Traditional Chinese (including Taiwan and Hong Kong variants) to
 * Simplified with OpenCC's dictionaries, loaded only when a search runs.
 */
export async function loadSimplifier(): Promise<(text: string) => string> {
  const [{ ConverterFactory }, { default: fromHk }, { default: fromTw }, { default: toCn }] = await Promise.all([
    import('opencc-js/core'),
    import('opencc-js/from/hk'),
    import('opencc-js/from/tw'),
    import('opencc-js/to/cn'),
  ]);
  return ConverterFactory(fromHk, fromTw, toCn);
}
