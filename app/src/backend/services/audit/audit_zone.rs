//! The audit filters' days are the person's days: `from = 2026-11-24` in Tokyo starts at
//! 15:00 UTC the day before. The shared check turns days into UTC midnights; this moves them
//! to midnight in the criteria's zone, with daylight-saving changes taken into account (a day
//! that starts at 01:00 because midnight was skipped starts then).

use crate::error::AppError;
use crate::model::AuditCriteria;
use crate::validation::AuditQuery;
use jiff::tz::TimeZone;
use jiff::Timestamp;

/// `criteria` checked, its days taken in its time zone (UTC when it names none).
pub fn checked(criteria: &AuditCriteria) -> Result<AuditQuery, AppError> {
    let mut query = criteria.check()?;
    let tz = criteria.tz.trim();
    if tz.is_empty() || tz == "UTC" {
        return Ok(query);
    }
    let zone = TimeZone::get(tz).map_err(|e| {
        tracing::warn!(tz, error = %e, "a listed time zone is missing from the bundled database");
        AppError::field("tz", "Choose a time zone from the list.")
    })?;
    query.from_ms = query.from_ms.map(|ms| day_start(ms, &zone)).transpose()?;
    query.until_ms = query.until_ms.map(|ms| day_start(ms, &zone)).transpose()?;
    Ok(query)
}

/// When the day whose UTC midnight is `utc_midnight_ms` begins in `zone`.
fn day_start(utc_midnight_ms: i64, zone: &TimeZone) -> Result<i64, AppError> {
    let out_of_range = |_| AppError::field("from", "Enter a date as YYYY-MM-DD.");
    let date = Timestamp::from_millisecond(utc_midnight_ms)
        .map_err(out_of_range)?
        .to_zoned(TimeZone::UTC)
        .date();
    let start = date
        .to_zoned(zone.clone())
        .and_then(|z| z.start_of_day())
        .map_err(out_of_range)?;
    Ok(start.timestamp().as_millisecond())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn days(from: &str, to: &str, tz: &str) -> (i64, i64) {
        let c = AuditCriteria {
            from: from.into(),
            to: to.into(),
            tz: tz.into(),
            ..Default::default()
        };
        let q = checked(&c).expect("valid criteria");
        (q.from_ms.unwrap_or(0), q.until_ms.unwrap_or(0))
    }

    const HOUR: i64 = 3_600_000;

    #[test]
    fn days_begin_at_local_midnight() {
        let (utc_from, utc_until) = days("2026-11-24", "2026-11-24", "");
        let (tokyo_from, tokyo_until) = days("2026-11-24", "2026-11-24", "Asia/Tokyo");
        assert_eq!(utc_from - tokyo_from, 9 * HOUR);
        assert_eq!(utc_until - tokyo_until, 9 * HOUR);
        let (ny_from, _) = days("2026-11-24", "", "America/New_York");
        assert_eq!(ny_from - utc_from, 5 * HOUR);
        // 29 March 2026 in Berlin has 23 hours (clocks go forward at 02:00).
        let (from, until) = days("2026-03-29", "2026-03-29", "Europe/Berlin");
        assert_eq!(until - from, 23 * HOUR);
    }

    #[test]
    fn an_unknown_zone_is_a_field_error() {
        let c = AuditCriteria {
            from: "2026-11-24".into(),
            tz: "Mars/Olympus".into(),
            ..Default::default()
        };
        let err = checked(&c).err().map(|e| e.field_errors());
        assert!(err.is_some_and(|e| e.contains_key("tz")));
    }
}
