//! A billing period is a calendar month in the account's time zone; usage days are that
//! zone's days.

use jiff::civil::Date;
use jiff::tz::TimeZone;
use jiff::Timestamp;

fn zone(tz: &str) -> TimeZone {
    TimeZone::get(tz).unwrap_or(TimeZone::UTC)
}

fn date_at(ms: i64, tz: &str) -> Date {
    Timestamp::from_millisecond(ms)
        .unwrap_or(Timestamp::UNIX_EPOCH)
        .to_zoned(zone(tz))
        .date()
}

/// The day of `ms` in `tz` as `YYYY-MM-DD` (UTC when the zone is unknown).
pub fn day(ms: i64, tz: &str) -> String {
    date_at(ms, tz).to_string()
}

/// The UTC year and month of `ms` (a card's expiry is checked against it).
pub fn year_month(ms: i64) -> (i64, i64) {
    let d = date_at(ms, "UTC");
    (i64::from(d.year()), i64::from(d.month()))
}

/// This period at `ms` in `tz`: its first day and the first day of the next period.
pub fn period(ms: i64, tz: &str) -> (String, String) {
    let d = date_at(ms, tz).first_of_month();
    let next = d.checked_add(jiff::Span::new().months(1)).unwrap_or(d);
    (d.to_string(), next.to_string())
}

/// The period before the one at `ms` in `tz`: its first day, the next period's first day, and
/// that next first day's midnight in `tz` as an instant (ms): the period's end.
pub fn previous_period(ms: i64, tz: &str) -> (String, String, i64) {
    let this = date_at(ms, tz).first_of_month();
    let prev = this
        .checked_sub(jiff::Span::new().months(1))
        .unwrap_or(this);
    let end_ms = this
        .to_zoned(zone(tz))
        .and_then(|z| z.start_of_day())
        .map(|z| z.timestamp().as_millisecond())
        .unwrap_or(ms);
    (prev.to_string(), this.to_string(), end_ms)
}

/// How far into its period `ms` is in `tz`: (whole days elapsed, days in the period).
pub fn elapsed_days(ms: i64, tz: &str) -> (i64, i64) {
    let d = date_at(ms, tz);
    (i64::from(d.day()) - 1, i64::from(d.days_in_month()))
}

/// The day `days - 1` days before the day of `ms` (so that `days` days end with today).
pub fn days_back(ms: i64, tz: &str, days: i64) -> String {
    let d = date_at(ms, tz);
    d.checked_sub(jiff::Span::new().days(days.saturating_sub(1)))
        .unwrap_or(d)
        .to_string()
}

/// Midnight at the start of `day` (`YYYY-MM-DD`) in `tz`, as an instant (ms); None when
/// `day` is not a date.
pub fn day_start(day: &str, tz: &str) -> Option<i64> {
    let d: Date = day.trim().parse().ok()?;
    d.to_zoned(zone(tz))
        .and_then(|z| z.start_of_day())
        .map(|z| z.timestamp().as_millisecond())
        .ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    // 2026-12-31 23:30 UTC: already 2027 in Tokyo, still December in New York.
    const AT: i64 = 1_798_759_800_000;

    #[test]
    fn days_and_periods_are_the_account_zone_s() {
        assert_eq!(day(AT, "UTC"), "2026-12-31");
        assert_eq!(day(AT, "Asia/Tokyo"), "2027-01-01");
        assert_eq!(
            period(AT, "Asia/Tokyo"),
            ("2027-01-01".into(), "2027-02-01".into())
        );
        assert_eq!(
            period(AT, "America/New_York"),
            ("2026-12-01".into(), "2027-01-01".into())
        );
        assert_eq!(day(AT, "Not/AZone"), "2026-12-31");
        assert_eq!(days_back(AT, "UTC", 30), "2026-12-02");
        let (start, end, end_ms) = previous_period(AT, "Asia/Tokyo");
        assert_eq!((start.as_str(), end.as_str()), ("2026-12-01", "2027-01-01"));
        // Midnight of 1 January in Tokyo is 15:00 UTC on 31 December.
        assert_eq!(end_ms, AT - 30 * 60_000 - 8 * 3_600_000);
        assert_eq!(elapsed_days(AT, "UTC"), (30, 31));
        assert_eq!(day_start("2027-01-01", "Asia/Tokyo"), Some(end_ms));
        assert_eq!(day_start("31/12/2026", "UTC"), None);
    }
}
