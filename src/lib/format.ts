/** Formats a date the way Chinese documents print it: 2022年2月23日. Dates are calendar days, kept in UTC. */
export function formatDate(date: Date): string {
  return `${date.getUTCFullYear()}年${date.getUTCMonth() + 1}月${date.getUTCDate()}日`;
}

/** The date as an ISO calendar day, for <time datetime> and structured data. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
